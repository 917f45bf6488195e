-- Whether this database is a demo (sample data) or a real installation. One row, written at the first start;
-- demo data is never loaded into a real database, real imports never go into the demo's.
create table installation (
    singleton   boolean      primary key default true check (singleton),
    kind        varchar(10)  not null check (kind in ('DEMO', 'REAL')),
    created_at  timestamptz  not null default now(),
    created_by  varchar(100) not null
);

-- A database created before this migration is what its data says it is; an empty one is decided at its next start.
insert into installation (kind, created_by)
select case when exists (select 1 from admin_unit where demo) or exists (select 1 from app_user where demo)
            then 'DEMO' else 'REAL' end, 'V10'
where exists (select 1 from admin_unit) or exists (select 1 from app_user);
