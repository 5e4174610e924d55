-- Every change of a tenant's colour, with the reasons it had then. Appended, never updated.
create table status_transition (
    id          bigserial   primary key,
    tenant      text        not null,
    at          timestamptz not null,
    from_status text,
    to_status   text        not null,
    reasons     jsonb       not null
);

create index status_transition_tenant_at_idx on status_transition (tenant, at);
