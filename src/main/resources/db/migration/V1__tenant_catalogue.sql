-- The running tenant catalogue. The whole declaration is kept in spec; the columns beside it
-- are what queries and constraints need.
create table tenant (
    name         text        primary key,
    display_name text        not null,
    region       text        not null,
    cluster      text        not null,
    namespace    text        not null,
    lifecycle    text        not null,
    spec         jsonb       not null,
    source_file  text        not null,
    updated_at   timestamptz not null,
    constraint tenant_cluster_namespace_unique unique (cluster, namespace)
);

create index tenant_region_idx on tenant (region);
