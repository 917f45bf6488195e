-- A save of one value looks its unit up (life span, state, province, attributes) from a copy each instance keeps.
-- A committed change to what the copy holds moves this number on (deferred, once per transaction, like V17's
-- catalog_version); a save reads the number with its values, and one that reads another number than its copy's
-- looks the unit up afresh.
create table unit_facts_version (
    singleton boolean primary key default true check (singleton),
    version   bigint  not null
);
insert into unit_facts_version (version) values (0);

create function unit_facts_changed() returns trigger language plpgsql as $$
begin
    if current_setting('ntm.unit_facts_changed', true) is distinct from txid_current()::text then
        perform set_config('ntm.unit_facts_changed', txid_current()::text, true);
        update unit_facts_version set version = version + 1;
    end if;
    return null;
end $$;

create constraint trigger admin_unit_facts_changed after insert or update or delete on admin_unit
    deferrable initially deferred for each row execute function unit_facts_changed();
create constraint trigger admin_unit_state_facts_changed after insert or update or delete on admin_unit_state
    deferrable initially deferred for each row execute function unit_facts_changed();
create constraint trigger unit_attribute_facts_changed after insert or update or delete on unit_attribute
    deferrable initially deferred for each row execute function unit_facts_changed();

-- unit: the number, for the modules that keep such a copy.
create view unit_facts_version_view as
    select version from unit_facts_version;
