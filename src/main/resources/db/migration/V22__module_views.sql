-- Each module owns its tables (listed in its package-info). Another module's SQL reads them only through these
-- read-only views, which the owner publishes: plain views (inlined by the planner, so joins use the owner's
-- indexes as before), named after the owning module. The application role may only select from a view
-- (ApplicationRoleGrants); writes go through the owner's Java API.

-- unit: units and their states over time (name, type, parent), for names and parents in other modules' lists.
create view unit_view as
    select id, code, level, valid_from, valid_to, demo
    from admin_unit;

create view unit_state_view as
    select unit_id, valid_from, valid_to, name, unit_type, parent_id, search_name
    from admin_unit_state;

-- criteria: sets, criteria, indicators and the provincial owners of criteria, for joins on stored values/results.
create view criteria_set_view as
    select id, code, name_vi, name_en, level, period_from, period_to, keying, demo
    from criteria_set;

create view criteria_criterion_view as
    select id, set_id, number, name_vi, name_en, owner_body_type
    from criterion;

create view criteria_indicator_view as
    select id, set_id, criterion_id, code, text_vi, text_en, measure_unit, kind, comparison, sort
    from indicator;

create view criteria_overlay_owner_view as
    select overlay_id, criterion_id, body_type
    from overlay_owner;

-- assessment: the indicators that values or change requests use (the catalog keeps such an indicator).
create view assessment_indicator_use_view as
    select indicator_id from assessment_value
    union all
    select indicator_id from value_change_request;
