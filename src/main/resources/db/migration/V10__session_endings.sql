-- "Sign out everywhere" with several consoles on one database (decision 0030): each ending is a row;
-- every console reads the new rows and ends its own sessions opened before it.
create table session_ending (
    id           bigserial   primary key,
    username     text,
    everyone_but text,
    at           timestamptz not null default clock_timestamp(),
    constraint session_ending_one_target check ((username is null) <> (everyone_but is null))
);
