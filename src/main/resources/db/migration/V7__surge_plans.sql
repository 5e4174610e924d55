-- Surge plans (decision 0023). The definition and the computed plan as shown are JSON; what the
-- scheduler queries or claims are columns.
create table surge_plan (
    id            uuid        primary key,
    name          text        not null check (length(name) between 1 and 100),
    state         text        not null check (state in ('PLANNED', 'APPLYING', 'APPLIED', 'REVERTING', 'REVERTED', 'EXPIRED')),
    window_start  timestamptz,
    window_end    timestamptz,
    zone          text        not null,
    definition    jsonb       not null,
    created_by    text        not null,
    created_at    timestamptz not null,
    applied_by    text,
    applied_at    timestamptz,
    reverted_by   text,
    reverted_at   timestamptz,
    claimed_by    text,
    claimed_until timestamptz,
    check ((window_start is null) = (window_end is null)),
    check (window_end is null or window_end > window_start)
);

create index surge_plan_state_idx on surge_plan (state);

-- One row per service the plan changes, in the order they are applied; what it was before the plan
-- and how applying and reverting it went.
create table surge_change (
    plan_id         uuid    not null references surge_plan (id) on delete cascade,
    ord             integer not null,
    tenant          text    not null,
    service         text    not null,
    autoscaled      boolean not null,
    planned         integer not null,
    before_replicas integer,
    before_max      integer,
    apply_outcome   text,
    apply_message   text,
    revert_outcome  text,
    revert_message  text,
    revert_attempts integer not null default 0,
    primary key (plan_id, ord)
);
