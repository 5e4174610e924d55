-- Onboarding runs (plan, then apply) and their step journal, written before and after each write to a cluster.
create table onboarding_run (
    id          uuid primary key,
    tenant      text not null,
    cluster     text not null,
    namespace   text not null,
    kind        text not null,
    state       text not null,
    document    jsonb,
    manifests   jsonb not null,
    objects     jsonb not null,
    failure     jsonb,
    plan_hash   text not null,
    reason      text,
    created_by  text not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    warnings    jsonb not null default '[]',
    worker      uuid
);

create index onboarding_run_recent on onboarding_run (created_at desc);

create table onboarding_step (
    run_id   uuid not null references onboarding_run (id),
    step     int not null,
    kind     text not null,
    name     text not null,
    action   text not null,
    status   text not null,
    created  boolean not null default false,
    detail   text,
    at       timestamptz not null,
    primary key (run_id, step)
);
