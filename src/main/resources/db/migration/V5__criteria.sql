-- Criteria catalog: national sets, their criteria and indicators, thresholds, and provincial overlays.
-- A threshold belongs to the national set (overlay_id null) or to one provincial overlay, and is keyed by the
-- set's keying value (a region or a commune group, '*' = every key) and optionally by year.

create table criteria_set (
    id                      bigserial    primary key,
    code                    varchar(40)  not null unique,
    name_vi                 varchar(300) not null,
    name_en                 varchar(300),
    level                   varchar(30)  not null,
    period_from             integer      not null,
    period_to               integer      not null,
    legal_reference         varchar(500) not null,
    keying                  varchar(20)  not null check (keying in ('REGION', 'COMMUNE_GROUP', 'NONE')),
    -- The key whose thresholds apply to especially-difficult / safe-zone units (2021-2025: TDMNPB), or null.
    especially_difficult_key varchar(30),
    declared_criteria       integer,
    declared_indicators     integer,
    verified                boolean      not null default false,
    note                    text,
    content_hash            varchar(64)  not null,
    demo                    boolean      not null default false,
    version                 integer      not null default 0,
    check (period_to >= period_from)
);

-- How units are classified by the number of criteria met (19 / 15-18 / 10-14 / under 10).
create table criteria_bucket (
    set_id    bigint       not null references criteria_set (id) on delete cascade,
    min_met   integer      not null,
    max_met   integer      not null,
    label_vi  varchar(100) not null,
    label_en  varchar(100),
    primary key (set_id, min_met)
);

create table criterion (
    id               bigserial    primary key,
    set_id           bigint       not null references criteria_set (id) on delete cascade,
    number           integer      not null,
    name_vi          varchar(300) not null,
    name_en          varchar(300),
    owner_body_type  varchar(40),
    verified         boolean      not null default false,
    unique (set_id, number)
);

create table indicator (
    id               bigserial    primary key,
    set_id           bigint       not null references criteria_set (id) on delete cascade,
    criterion_id     bigint       not null references criterion (id) on delete cascade,
    code             varchar(20)  not null,
    text_vi          text         not null,
    text_en          text,
    measure_unit     varchar(40),
    kind             varchar(15)  not null check (kind in ('QUALITATIVE', 'MEASURED')),
    comparison       varchar(2)   check (comparison in ('GE', 'GT', 'LE', 'LT')),
    -- A percentage cannot exceed 100; a count cannot be negative. Checked on entry.
    max_value        numeric,
    min_value        numeric,
    wording_verified boolean      not null default false,
    note             text,
    sort             integer      not null,
    unique (set_id, code),
    check ((kind = 'QUALITATIVE') = (comparison is null))
);
create index indicator_criterion_idx on indicator (criterion_id, sort);

create table criteria_overlay (
    id                bigserial    primary key,
    set_id            bigint       not null references criteria_set (id),
    province_unit_id  bigint       not null references admin_unit (id),
    decision          varchar(200) not null,
    decision_date     date,
    title             varchar(500),
    valid_from        date         not null,
    valid_to          date,
    content_hash      varchar(64)  not null,
    revision          integer      not null default 1,
    demo              boolean      not null default false,
    version           integer      not null default 0,
    check (valid_to is null or valid_to > valid_from)
);
create index criteria_overlay_province_idx on criteria_overlay (province_unit_id, set_id, valid_from);

create table threshold (
    id            bigserial    primary key,
    indicator_id  bigint       not null references indicator (id) on delete cascade,
    overlay_id    bigint       references criteria_overlay (id) on delete cascade,
    key           varchar(30)  not null,
    year          integer,
    value         numeric      not null,
    source        varchar(1000) not null,
    verified      boolean      not null default false,
    version       integer      not null default 0
);
create unique index threshold_national_key on threshold (indicator_id, key, coalesce(year, 0)) where overlay_id is null;
create unique index threshold_overlay_key on threshold (overlay_id, indicator_id, key, coalesce(year, 0))
    where overlay_id is not null;
