-- Judging keeps each set's overlays with the cached catalog (CatalogCache): a committed change to an overlay moves
-- the catalog version on too (V17's deferred trigger, once per transaction), so every instance forgets its copy.
create constraint trigger criteria_overlay_changed after insert or update or delete on criteria_overlay
    deferrable initially deferred for each row execute function catalog_changed();
