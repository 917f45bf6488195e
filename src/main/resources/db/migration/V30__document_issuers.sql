-- How each body prints itself as the issuer of its documents (issue 12, design §7.4), once someone has saved it:
-- until then the document module derives the lines from the body type. Bodies are org's: their ids are kept
-- without a foreign key (no cross-module constraint, ADR 0003/0010).
create table document_issuer (
    body_id              bigint        primary key,
    superior_line        varchar(300),                 -- chủ quản / cấp trên: 'ĐẢNG BỘ TỈNH THANH HÓA'; null: none
    issuer_lines         text[]        not null,       -- 1 to 3 lines, IN HOA: {'ỦY BAN NHÂN DÂN', 'XÃ THƯỢNG LỘ'}
    symbol               varchar(20)   not null,       -- 'UBND', 'HĐND', 'ĐU', 'CB'
    place                varchar(100)  not null,       -- of the date line: 'Thượng Lộ'
    series_owner_body_id bigint        not null,       -- whose register numbers them: itself, or its Đảng ủy
    drafting_units       text[]        not null default '{}',  -- the codes its head fixed: {'VP', 'VX', 'KT'}
    version              integer       not null default 0,
    updated_by           varchar(100)  not null,
    updated_at           timestamptz   not null default now(),
    check (cardinality(issuer_lines) between 1 and 3)
);
