-- Authoring sets and overlays on screen and by Excel: who entered each indicator and threshold and from which
-- document, versions for indicators, the unit types a set covers, and the bodies a province assigns to criteria.

-- What the product shipped last (catalog/*.json): only a newer shipped file is reloaded at start, and it never
-- touches what a person entered. unit_types: the unit types the set is assessed on (comma-separated UnitType
-- names); unit_types_by is set once a person changed them, so that shipped files no longer do.
alter table criteria_set
    add column unit_types    varchar(200),
    add column unit_types_by varchar(100),
    add column shipped_hash  varchar(64);
update criteria_set set unit_types = case
    when level in ('VILLAGE', 'MODEL_VILLAGE', 'MODEL_RESIDENTIAL_AREA')
        then 'THON,BAN,AP,TO_DAN_PHO,KHU_PHO,XOM,LANG,BUON,PLEI,KHOM,KHU'
    else 'XA' end;
alter table criteria_set alter column unit_types set not null;

-- Provenance: entered_by null means the product shipped it; otherwise the person (or import) who entered it. The
-- source is a citation: document, article, date, and a link only to an official site.
alter table indicator
    add column version          integer      not null default 0,
    add column entered_by       varchar(100),
    add column entered_at       timestamptz,
    add column source_document  varchar(500),
    add column source_article   varchar(300),
    add column source_date      date,
    add column source_url       varchar(1000);

alter table threshold
    add column entered_by       varchar(100),
    add column entered_at       timestamptz,
    add column source_article   varchar(300),
    add column source_date      date,
    add column source_url       varchar(1000),
    alter column source drop not null;

-- Existing data: a set whose content came from an administrator's file (its last change is not the product's own
-- catalog load) keeps that content as the administrator's, so that no shipped file replaces it.
with last_change as (
    select distinct on (entity_id) entity_id as set_id, actor, at from audit_log
    where entity_type = 'criteria_set' order by entity_id, id desc)
update indicator i set entered_by = l.actor, entered_at = l.at
from last_change l where l.set_id = i.set_id and l.actor <> 'system:catalog';

update threshold t set entered_by = i.entered_by, entered_at = i.entered_at
from indicator i where i.id = t.indicator_id and t.overlay_id is null and i.entered_by is not null;

update criteria_set s set shipped_hash = s.content_hash
where not exists (select 1 from indicator i where i.set_id = s.id and i.entered_by is not null);

-- Overlay thresholds were always loaded by someone (a province's file).
with overlay_load as (
    select distinct on (entity_id) entity_id as overlay_id, actor, at from audit_log
    where entity_type = 'criteria_overlay' order by entity_id, id)
update threshold t set entered_by = l.actor, entered_at = l.at
from overlay_load l where l.overlay_id = t.overlay_id;

-- The body a province assigns to verify a criterion, from its own decision (e.g. Kế hoạch 454/KH-UBND); without
-- one, the criterion's suggested owner applies.
create table overlay_owner (
    overlay_id       bigint        not null references criteria_overlay (id) on delete cascade,
    criterion_id     bigint        not null references criterion (id) on delete cascade,
    body_type        varchar(40)   not null references body_type (code),
    source_document  varchar(500),
    source_article   varchar(300),
    source_date      date,
    source_url       varchar(1000),
    entered_by       varchar(100)  not null,
    entered_at       timestamptz   not null default now(),
    version          integer       not null default 0,
    primary key (overlay_id, criterion_id)
);
