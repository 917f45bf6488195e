-- Which indicator of another set an indicator corresponds to ("2026-2030 indicator 5.3 is what 15.4 measured"),
-- so that a unit's values can be judged against another set (seed 000: re-plan for the 2026-2030 set).
create table indicator_source (
    indicator_id           bigint       not null references indicator (id) on delete cascade,
    source_set_code        varchar(40)  not null,
    source_indicator_code  varchar(20)  not null,
    primary key (indicator_id, source_set_code, source_indicator_code)
);
