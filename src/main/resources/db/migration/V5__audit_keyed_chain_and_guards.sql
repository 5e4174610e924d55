-- The audit chain becomes keyed (HMAC-SHA256, key outside the database, its id on each record), and
-- the table is guarded against TRUNCATE and, when this runs as a superuser, against DDL. See
-- docs/decisions/0012-keyed-checkpointed-audit-trail.md.

-- Records written before this migration keep key_id null: the legacy segment, plain SHA-256.
alter table audit_record add column key_id text;

-- How long the legacy segment is and how it ends, fixed now: an unkeyed record after it is forged.
create table audit_record_legacy (
    records bigint not null,
    head    text   not null
);
insert into audit_record_legacy (records, head)
select count(*), coalesce((select hash from audit_record order by id desc limit 1), repeat('0', 64))
from audit_record;

create trigger audit_record_legacy_append_only
    before insert or update or delete on audit_record_legacy
    for each row execute function audit_record_is_append_only();
create trigger audit_record_legacy_no_truncate
    before truncate on audit_record_legacy
    for each statement execute function audit_record_is_append_only();

create trigger audit_record_no_truncate
    before truncate on audit_record
    for each statement execute function audit_record_is_append_only();

-- ALWAYS: session_replication_role = replica does not switch them off either.
alter table audit_record enable always trigger audit_record_append_only;
alter table audit_record enable always trigger audit_record_no_truncate;
alter table audit_record_legacy enable always trigger audit_record_legacy_append_only;
alter table audit_record_legacy enable always trigger audit_record_legacy_no_truncate;

-- DDL on the audit tables, their sequence and guard functions (by oid, so renaming does not escape)
-- and on anything named audit_record* (their triggers, rules, indexes) is refused, whoever runs it.
-- Event triggers need a superuser; a later migration that must change the audit table disables
-- them first, which only a superuser can do. See docs/decisions/0012.
do $guard$
declare
    guarded oid[];
begin
    if not (select rolsuper from pg_roles where rolname = current_user) then
        raise notice 'audit_record: % is not a superuser, so no event trigger refuses DDL on the audit table; see decision 0012', current_user;
        return;
    end if;
    guarded := array(select oid from pg_class where relnamespace = current_schema()::regnamespace
                         and relname in ('audit_record', 'audit_record_legacy', 'audit_record_id_seq'))
            || array(select oid from pg_proc where pronamespace = current_schema()::regnamespace
                         and proname = 'audit_record_is_append_only');
    execute format($f$
        create function audit_record_refuse_ddl() returns event_trigger language plpgsql as $body$
        declare
            command record;
        begin
            for command in select * from pg_event_trigger_ddl_commands() loop
                if command.objid = any(%1$L::oid[]) or command.object_identity like '%%audit\_record%%' then
                    raise exception 'audit_record is append-only: %% on %% refused', command.command_tag,
                        command.object_identity;
                end if;
            end loop;
        end;
        $body$;
        create function audit_record_refuse_drop() returns event_trigger language plpgsql as $body$
        declare
            dropped record;
        begin
            for dropped in select * from pg_event_trigger_dropped_objects() loop
                if dropped.objid = any(%1$L::oid[]) or dropped.object_identity like '%%audit\_record%%' then
                    raise exception 'audit_record is append-only: %% of %% refused', tg_tag, dropped.object_identity;
                end if;
            end loop;
        end;
        $body$;
        $f$, guarded);
    create event trigger audit_record_ddl_guard on ddl_command_end execute function audit_record_refuse_ddl();
    create event trigger audit_record_drop_guard on sql_drop execute function audit_record_refuse_drop();
    alter event trigger audit_record_ddl_guard enable always;
    alter event trigger audit_record_drop_guard enable always;
end;
$guard$;
