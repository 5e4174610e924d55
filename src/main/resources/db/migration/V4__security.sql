-- Console users. A null password hash means the user signs in through OIDC only; roles and scope
-- of an OIDC user are refreshed from the groups claim at each sign-in.
create table console_user (
    username      text        primary key
                              constraint console_user_username_format check (username ~ '^[a-z0-9][a-z0-9._@-]{0,63}$'),
    password_hash text,
    roles         text[]      not null
                              constraint console_user_roles_known check (
                                  cardinality(roles) > 0
                                  and roles <@ array['VIEWER', 'ACCOUNT_MANAGER', 'OPERATOR', 'ADMIN']),
    regions       text[]      not null default '{}',
    tenants       text[]      not null default '{}',
    enabled       boolean     not null default true,
    source        text        not null default 'LOCAL' constraint console_user_source_known check (source in ('LOCAL', 'OIDC')),
    created_at    timestamptz not null
);

-- Personal API tokens, kept as SHA-256 of a 256-bit random secret: shown once, never stored.
create table api_token (
    id           uuid        primary key,
    username     text        not null references console_user (username) on delete cascade,
    name         text        not null,
    token_hash   text        not null unique,
    created_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);

create unique index api_token_active_name_idx on api_token (username, name) where revoked_at is null;

-- Wall display tokens: a board URL that opens without a login, optionally for one region.
create table display_token (
    id         uuid        primary key,
    name       text        not null,
    region     text,
    token_hash text        not null unique,
    created_by text        not null,
    created_at timestamptz not null,
    revoked_at timestamptz
);

create unique index display_token_active_name_idx on display_token (name) where revoked_at is null;
