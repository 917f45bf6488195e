-- Several application instances on one database: whatever a user's next request needs lives here, not in the
-- memory or on the disk of the instance that served the previous one.

-- Sessions (Spring Session JDBC; the schema of spring-session-jdbc's schema-postgresql.sql). Its initializer is
-- off (spring.session.jdbc.initialize-schema=never): the schema belongs to Flyway.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- An Excel upload between preview and apply: the workbook, the preview (JSON), the digest of the stored values it
-- was previewed against and the full report, each a part cut in chunks (bounded memory for a 50 MB sheet). Removed
-- whole once expired (ntm.exchange.keep after the last save).
create table exchange_preview (
    token      uuid        primary key,
    expires_at timestamptz not null
);
create index exchange_preview_expiry on exchange_preview (expires_at);

create table exchange_preview_part (
    token   uuid    not null references exchange_preview (token) on delete cascade,
    name    varchar(20) not null check (name in ('upload', 'preview', 'digests', 'report')),
    seq     integer not null,
    content bytea   not null,
    primary key (token, name, seq)
);
-- Workbooks and reports are compressed already: store them as they are.
alter table exchange_preview_part alter column content set storage external;

-- How far a long upload or apply has come, asked by the page while it waits (possibly of another instance).
create table exchange_progress (
    id       varchar(64)  primary key,
    username varchar(100) not null,
    phase    varchar(20)  not null,
    done     integer      not null,
    total    integer      not null,
    at       timestamptz  not null
);

-- The catalog is cached by each instance (read for every judgement). A committed change to what is cached moves
-- this number on; an instance that reads another number than its cache's forgets the cache. The triggers are
-- deferred and count once per transaction: the row is locked only while the changing transaction commits.
create table catalog_version (
    singleton boolean primary key default true check (singleton),
    version   bigint  not null
);
insert into catalog_version (version) values (0);

create function catalog_changed() returns trigger language plpgsql as $$
begin
    if current_setting('ntm.catalog_changed', true) is distinct from txid_current()::text then
        perform set_config('ntm.catalog_changed', txid_current()::text, true);
        update catalog_version set version = version + 1;
    end if;
    return null;
end $$;

create constraint trigger criteria_set_changed after insert or update or delete on criteria_set
    deferrable initially deferred for each row execute function catalog_changed();
create constraint trigger criteria_bucket_changed after insert or update or delete on criteria_bucket
    deferrable initially deferred for each row execute function catalog_changed();
create constraint trigger criterion_changed after insert or update or delete on criterion
    deferrable initially deferred for each row execute function catalog_changed();
create constraint trigger indicator_changed after insert or update or delete on indicator
    deferrable initially deferred for each row execute function catalog_changed();
create constraint trigger threshold_changed after insert or update or delete on threshold
    deferrable initially deferred for each row execute function catalog_changed();
