-- unit: which units became which, for the year page, which reads a merged commune's predecessors, their last
-- results and the commune's own standings in one query (read-only, like the views of V22).
create view unit_lineage_view as
    select predecessor_id, successor_id, kind, effective, legal_basis
    from unit_lineage;
