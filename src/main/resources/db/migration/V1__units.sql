-- Administrative units with history.
-- A unit's identity is its surrogate id: official codes are reused across the 2025 reform (03405 was Giang Ma,
-- then Tả Lèng). Periods are half-open: valid_from inclusive, valid_to exclusive, null = still in force.

create table admin_unit (
    id          bigserial primary key,
    code        varchar(16)  not null,
    level       varchar(10)  not null check (level in ('PROVINCE', 'DISTRICT', 'COMMUNE', 'VILLAGE')),
    valid_from  date         not null,
    valid_to    date,
    demo        boolean      not null default false,
    created_at  timestamptz  not null default now(),
    version     integer      not null default 0,
    check (valid_to is null or valid_to > valid_from)
);
create index admin_unit_code_idx on admin_unit (code, level);

-- What changes over a unit's life: name, type and parent. One row per period.
create table admin_unit_state (
    id           bigserial primary key,
    unit_id      bigint       not null references admin_unit (id),
    valid_from   date         not null,
    valid_to     date,
    name         varchar(200) not null,
    unit_type    varchar(20)  not null,
    parent_id    bigint       references admin_unit (id),
    search_name  varchar(200) not null,
    legal_basis  varchar(500),
    import_id    bigint,
    check (valid_to is null or valid_to > valid_from)
);
create index admin_unit_state_unit_idx on admin_unit_state (unit_id, valid_from);
create index admin_unit_state_parent_idx on admin_unit_state (parent_id, valid_from);
create index admin_unit_state_search_idx on admin_unit_state (search_name varchar_pattern_ops);

-- Predecessor -> successor, whole or part, with the legal basis.
create table unit_lineage (
    id              bigserial primary key,
    predecessor_id  bigint       not null references admin_unit (id),
    successor_id    bigint       not null references admin_unit (id),
    kind            varchar(10)  not null check (kind in ('WHOLE', 'PART')),
    effective       date         not null,
    legal_basis     varchar(500),
    import_id       bigint,
    unique (predecessor_id, successor_id),
    check (predecessor_id <> successor_id)
);
create index unit_lineage_successor_idx on unit_lineage (successor_id);

-- Values an attribute may take. Region and group codes are data, not constants.
create table unit_attribute_value (
    attribute  varchar(30)  not null,
    value      varchar(30)  not null,
    name_vi    varchar(200) not null,
    name_en    varchar(200) not null,
    primary key (attribute, value)
);
insert into unit_attribute_value (attribute, value, name_vi, name_en) values
    ('REGION', 'TDMNPB', 'Trung du miền núi phía Bắc', 'Northern Midlands and Mountains'),
    ('REGION', 'DBSH', 'Đồng bằng sông Hồng', 'Red River Delta'),
    ('REGION', 'BTB', 'Bắc Trung Bộ', 'North Central Coast'),
    ('REGION', 'DHNTB', 'Duyên hải Nam Trung Bộ', 'South Central Coast'),
    ('REGION', 'TN', 'Tây Nguyên', 'Central Highlands'),
    ('REGION', 'DNB', 'Đông Nam Bộ', 'Southeast'),
    ('REGION', 'DBSCL', 'Đồng bằng sông Cửu Long', 'Mekong Delta'),
    ('ESPECIALLY_DIFFICULT', 'true', 'Xã đặc biệt khó khăn / an toàn khu (áp dụng ngưỡng vùng Trung du miền núi phía Bắc)',
        'Especially difficult / safe-zone commune (Northern Midlands and Mountains thresholds apply)'),
    ('ESPECIALLY_DIFFICULT', 'false', 'Không thuộc diện đặc biệt khó khăn / an toàn khu', 'Not especially difficult / safe-zone'),
    ('COMMUNE_GROUP', '1', 'Xã nhóm 1', 'Commune group 1'),
    ('COMMUNE_GROUP', '2', 'Xã nhóm 2', 'Commune group 2'),
    ('COMMUNE_GROUP', '3', 'Xã nhóm 3', 'Commune group 3');

-- Per unit and period, the attributes that judgement needs. Set by import or by an administrator.
create table unit_attribute (
    id           bigserial primary key,
    unit_id      bigint       not null references admin_unit (id),
    attribute    varchar(30)  not null,
    value        varchar(30)  not null,
    valid_from   date         not null,
    valid_to     date,
    legal_basis  varchar(500),
    demo         boolean      not null default false,
    version      integer      not null default 0,
    updated_by   varchar(100),
    updated_at   timestamptz  not null default now(),
    foreign key (attribute, value) references unit_attribute_value (attribute, value),
    check (valid_to is null or valid_to > valid_from)
);
create index unit_attribute_unit_idx on unit_attribute (unit_id, attribute, valid_from);

-- Every import run: what file, which mode, what it found and what it changed.
create table unit_import (
    id            bigserial primary key,
    kind          varchar(30)  not null,
    file_name     varchar(300) not null,
    sha256        varchar(64)  not null,
    effective     date,
    mode          varchar(20)  not null,
    outcome       varchar(20)  not null,
    summary       text         not null,
    imported_by   varchar(100) not null,
    started_at    timestamptz  not null,
    duration_ms   bigint       not null
);
