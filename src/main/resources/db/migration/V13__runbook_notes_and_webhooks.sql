-- Runbooks and webhooks (decision 0028).

-- One note per tenant and reason code (e.g. the contact to call), shown with the runbook opened from
-- that tenant. The change itself is in the audit trail.
create table runbook_note (
    tenant     text        not null,
    code       text        not null,
    text       text        not null check (length(text) between 1 and 500),
    updated_by text        not null,
    updated_at timestamptz not null,
    primary key (tenant, code)
);

-- Outgoing webhooks configured by an ADMIN. Removing one keeps its deliveries (active = false).
create table webhook (
    id         uuid        primary key,
    url        text        not null check (length(url) between 1 and 2000),
    secret     text        not null,
    events     text[]      not null,
    active     boolean     not null default true,
    created_by text        not null,
    created_at timestamptz not null,
    removed_by text,
    removed_at timestamptz
);

-- One row per event and webhook, written before anything is sent; a worker claims due rows with
-- FOR UPDATE SKIP LOCKED, so that with several consoles on one database each is sent once.
create table webhook_delivery (
    id            uuid        primary key,
    webhook_id    uuid        not null references webhook (id),
    event         text        not null,
    payload       text        not null,
    state         text        not null check (state in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts      integer     not null default 0,
    next_at       timestamptz not null,
    created_at    timestamptz not null,
    claimed_until timestamptz
);

create index webhook_delivery_due_idx on webhook_delivery (next_at) where state = 'PENDING';
create index webhook_delivery_created_idx on webhook_delivery (created_at desc);

-- Each attempt: when, the HTTP status (null when none came back), the error, how long it took.
create table webhook_attempt (
    delivery_id uuid        not null references webhook_delivery (id),
    attempt     integer     not null,
    at          timestamptz not null,
    http_status integer,
    error       text,
    duration_ms bigint      not null,
    primary key (delivery_id, attempt)
);
