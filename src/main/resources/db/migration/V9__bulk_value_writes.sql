-- A national sheet writes 570,000 values at once, and most of that time went into the per-row foreign-key checks
-- of assessment_value (measured on 57,000 rows: 0.75 s without them, 1.0 s with the unit's, 2.47 s with all three).
-- Values are only written for a unit and an indicator the application has just looked up and checked (in force
-- that year, in the set), and units and catalog rows are never deleted but by a set import, so the guarantee is kept
-- from the other side: deleting an indicator or a unit that has values is refused with the foreign-key error code,
-- as the constraints did.
alter table assessment_value
    drop constraint assessment_value_set_id_fkey,
    drop constraint assessment_value_indicator_id_fkey,
    drop constraint assessment_value_unit_id_fkey;

create function indicator_keeps_its_values() returns trigger language plpgsql as $$
begin
    if exists (select 1 from assessment_value where set_id = old.set_id and indicator_id = old.id) then
        raise foreign_key_violation using
            message = format('indicator %s (%s) has assessment values and cannot be deleted', old.id, old.code);
    end if;
    return old;
end;
$$;

create trigger indicator_delete_keeps_values
    before delete on indicator
    for each row execute function indicator_keeps_its_values();

create function unit_keeps_its_values() returns trigger language plpgsql as $$
begin
    if exists (select 1 from assessment_value where unit_id = old.id) then
        raise foreign_key_violation using
            message = format('unit %s (%s) has assessment values and cannot be deleted', old.id, old.code);
    end if;
    return old;
end;
$$;

create trigger unit_delete_keeps_values
    before delete on admin_unit
    for each row execute function unit_keeps_its_values();

-- No query reads judgement results by indicator and status across units (the province view reads them by unit), so
-- this index only slowed the 570,000-row result writes of a national import.
drop index indicator_result_status_idx;
