-- Sign-in failures shared by the consoles on this database (decision 0030): a user locked on one is
-- locked on all. Rows older than the failure window are deleted as new ones come.
create table sign_in_failure (
    id      bigserial   primary key,
    key     text        not null,
    at      timestamptz not null,
    console uuid        not null
);
create index sign_in_failure_key_at_idx on sign_in_failure (key, at);
