-- Incidents, their written entries and maintenance windows (decision 0027). The timeline is
-- assembled at read time from status transitions, audit records and these entries; only what people
-- write is stored here, append-only: a correction is a new entry.
create table incident (
    id                bigint      generated always as identity primary key,
    title             text        not null check (length(title) between 1 and 120),
    severity          text        not null check (severity in ('SEV1', 'SEV2', 'SEV3')),
    state             text        not null check (state in ('INVESTIGATING', 'IDENTIFIED', 'MONITORING', 'RESOLVED')),
    tenants           text[]      not null check (cardinality(tenants) >= 1),
    services          text[]      not null,
    summary           text        not null,
    declared_by       text        not null,
    declared_at       timestamptz not null,
    impact_started_at timestamptz not null,
    commander         text        not null,
    resolved_at       timestamptz,
    check ((state = 'RESOLVED') = (resolved_at is not null))
);

create index incident_open_idx on incident (state) where state <> 'RESOLVED';

create table incident_entry (
    id          bigint      generated always as identity primary key,
    incident_id bigint      not null references incident (id),
    at          timestamptz not null,
    kind        text        not null check (kind in ('STATE', 'NOTE', 'UPDATE')),
    actor       text        not null,
    text        text        not null,
    public      boolean     not null,
    check (kind <> 'NOTE' or not public),
    check (kind <> 'UPDATE' or public)
);

create index incident_entry_incident_idx on incident_entry (incident_id, id);

create function incident_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'incident_entry is append-only: % refused; write a correction as a new entry', tg_op;
end;
$$;

create trigger incident_entry_append_only
    before update or delete on incident_entry
    for each row execute function incident_entry_is_append_only();
create trigger incident_entry_no_truncate
    before truncate on incident_entry
    for each statement execute function incident_entry_is_append_only();
alter table incident_entry enable always trigger incident_entry_append_only;
alter table incident_entry enable always trigger incident_entry_no_truncate;

create table maintenance_window (
    id          bigint      generated always as identity primary key,
    starts_at   timestamptz not null,
    ends_at     timestamptz not null,
    tenants     text[]      not null check (cardinality(tenants) >= 1),
    public_text text        not null,
    created_by  text        not null,
    created_at  timestamptz not null,
    check (ends_at > starts_at)
);

create index maintenance_window_end_idx on maintenance_window (ends_at);
