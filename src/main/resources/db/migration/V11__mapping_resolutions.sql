-- The rows of an old -> new mapping that an import could not identify, and an administrator's decision on each.

-- The unresolved rows of each mapping import run (the screen lists those of the latest run). The reason is kept as
-- a message key and its arguments, so it is shown in the reader's language.
create table unit_mapping_open_row (
    import_id     bigint        not null references unit_import (id),
    row_no        integer       not null,
    row_key       varchar(64)   not null,
    old_code      varchar(20),
    old_name      varchar(200),
    old_district  varchar(200),
    old_province  varchar(200),
    new_code      varchar(20),
    new_name      varchar(200),
    new_province  varchar(200),
    old_found_id  bigint        references admin_unit (id),
    new_found_id  bigint        references admin_unit (id),
    reason_key    varchar(100)  not null,
    reason_args   text[]        not null,
    primary key (import_id, row_no)
);

-- An administrator's decision on one row of a mapping, keyed by the row's content (SHA-256 of its fields), not its
-- line: it still applies when the same row comes back in a re-import or a corrected file. Either the old and new
-- units, or "in no list" (the old commune is in none of the lists: nothing to link).
create table unit_mapping_resolution (
    id            bigserial     primary key,
    effective     date          not null,
    row_key       varchar(64)   not null,
    row_no        integer       not null,
    old_code      varchar(20),
    old_name      varchar(200),
    old_district  varchar(200),
    old_province  varchar(200),
    new_code      varchar(20),
    new_name      varchar(200),
    new_province  varchar(200),
    old_unit_id   bigint        references admin_unit (id),
    new_unit_id   bigint        references admin_unit (id),
    in_no_list    boolean       not null,
    reason        varchar(1000) not null check (length(trim(reason)) > 0),
    resolved_by   varchar(100)  not null,
    resolved_at   timestamptz   not null default now(),
    version       integer       not null default 0,
    unique (effective, row_key),
    check (in_no_list and old_unit_id is null and new_unit_id is null
           or not in_no_list and old_unit_id is not null and new_unit_id is not null)
);

-- Lineage written by a decision (so that changing the decision removes what it wrote, and only that).
alter table unit_lineage add column resolution_id bigint references unit_mapping_resolution (id);
