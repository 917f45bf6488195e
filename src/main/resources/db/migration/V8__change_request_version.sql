-- The version of the value a change request was based on: approving it over a newer value would lose that value.
alter table value_change_request add column based_on_version integer;
