-- Assessments: one value per unit x set x indicator x year, with evidence, its state and who did what.
create table assessment_value (
    id                    bigserial    primary key,
    unit_id               bigint       not null references admin_unit (id),
    set_id                bigint       not null references criteria_set (id),
    indicator_id          bigint       not null references indicator (id),
    year                  integer      not null,
    numeric_value         numeric,
    met                   boolean,
    not_evaluated         boolean      not null default false,
    not_evaluated_reason  text,
    note                  text,
    state                 varchar(12)  not null default 'DRAFT'
        check (state in ('DRAFT', 'SUBMITTED', 'VERIFIED', 'RETURNED', 'LOCKED')),
    return_reason         text,
    entered_by            varchar(100) not null,
    entered_at            timestamptz  not null default now(),
    reviewed_by           varchar(100),
    reviewed_at           timestamptz,
    version               integer      not null default 0,
    unique (unit_id, set_id, indicator_id, year),
    check (not not_evaluated or not_evaluated_reason is not null)
);
create index assessment_value_set_year_idx on assessment_value (set_id, year, unit_id);

create table evidence (
    id            bigserial    primary key,
    value_id      bigint       not null references assessment_value (id),
    file_name     varchar(255) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null,
    sha256        varchar(64)  not null,
    content       bytea,
    stored_path   varchar(500),
    uploaded_by   varchar(100) not null,
    uploaded_at   timestamptz  not null default now(),
    check ((content is null) <> (stored_path is null))
);
create index evidence_value_idx on evidence (value_id);

-- Judgement results, kept up to date at write time so that roll-ups read instead of re-judging.
create table indicator_result (
    unit_id             bigint       not null,
    set_id              bigint       not null,
    year                integer      not null,
    indicator_id        bigint       not null,
    criterion_number    integer      not null,
    status              varchar(16)  not null,
    numeric_value       numeric,
    met                 boolean,
    threshold_id        bigint,
    threshold_value     numeric,
    gap                 numeric,
    threshold_verified  boolean,
    value_verified      boolean      not null default false,
    primary key (set_id, year, unit_id, indicator_id)
);
create index indicator_result_status_idx on indicator_result (set_id, year, indicator_id, status);

create table criterion_result (
    unit_id           bigint       not null,
    set_id            bigint       not null,
    year              integer      not null,
    criterion_number  integer      not null,
    status            varchar(16)  not null,
    primary key (set_id, year, unit_id, criterion_number)
);

create table unit_result (
    unit_id                  bigint       not null,
    set_id                   bigint       not null,
    year                     integer      not null,
    met_count                integer      not null,
    criteria_count           integer      not null,
    verdict                  varchar(16)  not null,
    not_met_indicators       integer      not null,
    no_data_indicators       integer      not null,
    not_configured_indicators integer     not null,
    not_evaluated_indicators integer      not null,
    province_unit_id         bigint,
    overlay_id               bigint,
    effective_key            varchar(30),
    key_reason               varchar(30)  not null,
    reference_date           date         not null,
    unverified_values        integer      not null,
    unverified_thresholds    integer      not null,
    judged_at                timestamptz  not null default now(),
    primary key (set_id, year, unit_id)
);
create index unit_result_unit_idx on unit_result (unit_id, year);

-- Entry per set and year for the communes of a province: open unless a province officer closed it.
create table entry_period (
    id                bigserial    primary key,
    set_id            bigint       not null references criteria_set (id),
    province_unit_id  bigint       not null references admin_unit (id),
    year              integer      not null,
    open              boolean      not null,
    changed_by        varchar(100) not null,
    changed_at        timestamptz  not null default now(),
    version           integer      not null default 0,
    unique (set_id, province_unit_id, year)
);

-- After entry closed: a change waits for a leader's approval, with its reason.
create table value_change_request (
    id                    bigserial    primary key,
    value_id              bigint       references assessment_value (id),
    unit_id               bigint       not null references admin_unit (id),
    set_id                bigint       not null references criteria_set (id),
    indicator_id          bigint       not null references indicator (id),
    year                  integer      not null,
    numeric_value         numeric,
    met                   boolean,
    not_evaluated         boolean      not null default false,
    not_evaluated_reason  text,
    note                  text,
    reason                text         not null,
    state                 varchar(10)  not null default 'PENDING' check (state in ('PENDING', 'APPROVED', 'REJECTED')),
    requested_by          varchar(100) not null,
    requested_at          timestamptz  not null default now(),
    decided_by            varchar(100),
    decided_at            timestamptz,
    decision_note         text
);
create index value_change_request_unit_idx on value_change_request (unit_id, state);
