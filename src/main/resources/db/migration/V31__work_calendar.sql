create table calendar_day (               -- only exceptions to the weekly pattern
  day date primary key, kind varchar(8) not null check (kind in ('HOLIDAY','WORKING')), -- WORKING: ngày làm bù
  name varchar(200) not null, basis varchar(300), entered_by varchar(100) not null,
  entered_at timestamptz not null default now(), version integer not null default 0);
create table calendar_year (              -- the administrator says a year's days are all entered
  year integer primary key, complete boolean not null default false,
  confirmed_by varchar(100), confirmed_at timestamptz, version integer not null default 0);
