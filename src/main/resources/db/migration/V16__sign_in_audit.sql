-- The latest entries of one kind across all records (recent sign-ins on /admin/sign-ins), newest first.
create index audit_log_type_idx on audit_log (entity_type, id);
