-- A user is a person with a role in a body, bound to a unit and its subtree. Administrators may have no unit
-- (the whole country).
create table app_user (
    id                    bigserial    primary key,
    username              varchar(100) not null unique,
    password_hash         varchar(200) not null,
    person_id             bigint       references person (id),
    body_id               bigint       references body (id),
    role                  varchar(30)  not null check (role in ('ADMIN', 'PROVINCE_OFFICER', 'AGENCY_OFFICER',
                                                  'COMMUNE_OFFICER', 'COMMUNE_LEADER', 'VIEWER')),
    unit_id               bigint       references admin_unit (id),
    enabled               boolean      not null default true,
    locale                varchar(5)   not null default 'vi',
    failed_attempts       integer      not null default 0,
    locked_until          timestamptz,
    must_change_password  boolean      not null default false,
    password_changed_at   timestamptz,
    demo                  boolean      not null default false,
    version               integer      not null default 0,
    created_at            timestamptz  not null default now(),
    check (role = 'ADMIN' or unit_id is not null)
);
create index app_user_unit_idx on app_user (unit_id);
