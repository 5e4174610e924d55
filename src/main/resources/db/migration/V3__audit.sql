-- Append-only audit trail, each record chained to the previous one by a SHA-256 hash.
create table audit_record (
    id              bigserial   primary key,
    at              timestamptz not null,
    actor           text        not null,
    action          text        not null,
    tenant          text,
    service         text,
    from_replicas   integer,
    to_replicas     integer,
    reason          text,
    incident        text,
    outcome         text        not null,
    detail          text,
    correlation_id  uuid        not null,
    idempotency_key text,
    previous_hash   text        not null,
    hash            text        not null
);

create index audit_record_tenant_at_idx on audit_record (tenant, at);
create index audit_record_correlation_idx on audit_record (correlation_id);
create unique index audit_record_idempotency_idx on audit_record (idempotency_key, action)
    where idempotency_key is not null and outcome = 'REQUESTED';

-- The application never changes a record; the database refuses it too.
create function audit_record_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_record is append-only: % refused', tg_op;
end;
$$;

create trigger audit_record_append_only
    before update or delete on audit_record
    for each row execute function audit_record_is_append_only();
