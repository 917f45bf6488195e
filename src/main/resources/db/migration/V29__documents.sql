-- Official documents (issue 12): each document with its revisions (every generation kept, drafts beside the issued
-- copy), the numbering register (series and the numbers taken, never reused), the Party's terms (nhiệm kỳ) that
-- Party series run in, and the signed copies uploaded back with the signing times they state.
-- Bodies are org's: their ids are kept without a foreign key (no cross-module constraint, ADR 0003/0010).

create table document (
    id              bigserial     primary key,
    issuer_body_id  bigint        not null,
    unit_id         bigint        not null,               -- the issuer's unit, for scope checks
    family          varchar(10)   not null check (family in ('STATE', 'PARTY')),
    kind            varchar(30)   not null,               -- the kind's code ('KE_HOACH', 'CONG_VAN'...)
    title           varchar(1000) not null,
    state           varchar(12)   not null
                    check (state in ('DRAFT', 'NUMBERED', 'ISSUED', 'WITHDRAWN', 'DISCARDED')),
    source_module   varchar(40),                          -- who asked for it ('plan', 'report'...), no foreign key
    source_ref      varchar(100),                         -- their id
    issued_on       date,                                 -- set when numbered (Vietnam's calendar day)
    state_reason    varchar(1000),                        -- why withdrawn or discarded
    version         integer       not null default 0,
    created_by      varchar(100)  not null,
    created_at      timestamptz   not null default now(),
    check ((source_module is null) = (source_ref is null)),
    check ((issued_on is null) = (state in ('DRAFT', 'DISCARDED')))
);
create index document_unit_idx on document (unit_id, id);
create index document_issuer_body_idx on document (issuer_body_id, id);
create index document_source_idx on document (source_module, source_ref);

-- One row per generation: the drafts, and the final one made once the number and date are known.
create table document_revision (
    id            bigserial    primary key,
    document_id   bigint       not null references document (id),
    revision      integer      not null check (revision > 0),
    final         boolean      not null default false,
    content_json  jsonb        not null,                  -- the content handed over, as given
    profile_id    varchar(80)  not null,                  -- the layout profile it was rendered with
    docx_sha256   varchar(64)  not null,
    docx          bytea        not null,
    pdf_sha256    varchar(64)  not null,
    pdf           bytea        not null,
    created_by    varchar(100) not null,
    created_at    timestamptz  not null default now(),
    unique (document_id, revision)
);

-- A numbering series: state bodies per (body, calendar year, class), Party bodies per (cấp ủy, type, term).
create table document_series (
    id              bigserial    primary key,
    owner_body_id   bigint       not null,                -- the body whose series it is
    family          varchar(10)  not null check (family in ('STATE', 'PARTY')),
    series_class    varchar(20)  not null,                -- state: 'ADMIN', 'SECRET' or a kind numbered apart; Party: the type ('KH', 'CV'...)
    period_key      varchar(20)  not null,                -- state: the year '2026'; Party: 'T' + the term's id
    last_number     integer      not null default 0 check (last_number >= 0),
    last_issued_on  date,
    unique (owner_body_id, series_class, period_key)
);

-- Every number taken, with its document: the register (sổ đăng ký văn bản đi). Rows are never changed or removed,
-- so a number is never given twice, not even after a withdrawal.
create table document_number (
    series_id    bigint       not null references document_series (id),
    number       integer      not null check (number > 0),
    document_id  bigint       not null unique references document (id),
    display      varchar(80)  not null,                   -- as printed: 'Số: 04/KH-UBND', 'Số 66-KH/ĐU'
    issued_on    date         not null,
    taken_by     varchar(100) not null,
    taken_at     timestamptz  not null default now(),
    primary key (series_id, number)
);

create function document_number_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'document_number is append-only: % is not allowed (a number is never reused)', tg_op;
end;
$$;

create trigger document_number_no_update_or_delete
    before update or delete or truncate on document_number
    for each statement execute function document_number_is_append_only();

-- The terms of a cấp ủy (HD 36 §II.1.3.1): from the day after one congress closes (or the opening of the first
-- committee meeting held during the congress) to the close of the next. Entered, never computed.
create table document_party_term (
    id             bigserial    primary key,
    owner_body_id  bigint       not null,                 -- the cấp ủy
    label          varchar(40)  not null,                 -- 'Nhiệm kỳ 2025 - 2030'
    starts_on      date         not null,
    ends_on        date,                                  -- null while the term runs
    created_by     varchar(100) not null,
    created_at     timestamptz  not null default now(),
    check (ends_on is null or ends_on >= starts_on),
    unique (owner_body_id, starts_on)
);

-- The signed copies uploaded back (a scan, or a PDF signed digitally); the newest confirmed one is the issued
-- version. Content in the database, or in a content-addressed file when a directory is configured.
create table document_signed_copy (
    id            bigserial    primary key,
    document_id   bigint       not null references document (id),
    file_name     varchar(255) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null,
    sha256        varchar(64)  not null,
    content       bytea,
    stored_path   varchar(500),
    warnings      varchar(500),                           -- message keys of what did not match, comma separated
    uploaded_by   varchar(100) not null,
    uploaded_at   timestamptz  not null default now(),
    confirmed     boolean      not null default false,
    confirmed_by  varchar(100),
    confirmed_at  timestamptz,
    check ((content is null) <> (stored_path is null))
);
create index document_signed_copy_document_idx on document_signed_copy (document_id, id);

-- The signing times a copy states, kept as stated (never recomputed): from the PDF's signature dictionaries, or
-- printed on its pages by the signing software (ISO 8601). Cryptographic validation is not done.
create table document_signing_time (
    signed_copy_id  bigint        not null references document_signed_copy (id),
    seq             integer       not null,
    source          varchar(25)   not null check (source in ('SIGNATURE_DICTIONARY', 'PAGE_TEXT')),
    page            integer,
    signer          varchar(300),
    reason          varchar(300),
    location        varchar(300),
    sub_filter      varchar(100),
    stated_text     varchar(100)  not null,
    stated_at       timestamptz,
    primary key (signed_copy_id, seq)
);
