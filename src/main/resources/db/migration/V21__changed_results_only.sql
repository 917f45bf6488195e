-- A digest of every row a unit's judgement is stored as (unit, criteria, indicators): a re-judge compares it and
-- writes only the units whose result changed. Results stored before have none and are rewritten at their next
-- re-judge.
alter table unit_result add column result_digest bigint;
