-- Append-only record of every change: who, when, what, old value, new value, reason.
create table audit_log (
    id           bigserial    primary key,
    at           timestamptz  not null default clock_timestamp(),
    actor        varchar(100) not null,
    entity_type  varchar(40)  not null,
    entity_id    bigint       not null,
    unit_id      bigint,
    action       varchar(20)  not null,
    field        varchar(80),
    old_value    text,
    new_value    text,
    reason       text
);
create index audit_log_entity_idx on audit_log (entity_type, entity_id, id);
create index audit_log_unit_idx on audit_log (unit_id, id);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only: % is not allowed', tg_op;
end;
$$;

create trigger audit_log_no_update_or_delete
    before update or delete or truncate on audit_log
    for each statement execute function audit_log_is_append_only();
