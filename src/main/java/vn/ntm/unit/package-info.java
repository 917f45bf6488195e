/**
 * Administrative units with history: provinces, (former) districts, communes, villages; their names, types and
 * parents over time; the 2025 mergers as lineage; the attributes judgement needs (region, especially-difficult
 * flag, commune group); imports of official lists and of the old-to-new mapping.
 *
 * <p>Owns tables:
 * <ul>
 * <li>{@code admin_unit}: a unit's identity (code, level, life span, demo flag).
 * <li>{@code admin_unit_state}: its name, type and parent over time.
 * <li>{@code unit_lineage}: which units became which (mergers, splits, renames).
 * <li>{@code unit_attribute}, {@code unit_attribute_value}: the attributes judgement needs, over time.
 * <li>{@code unit_import}: the record of import runs.
 * <li>{@code unit_mapping_open_row}, {@code unit_mapping_resolution}: mapping rows left for an administrator.
 * </ul>
 *
 * <p>Publishes views (read-only, for other modules' SQL):
 * <ul>
 * <li>{@code unit_view}: {@code admin_unit} without its bookkeeping (id, code, level, valid_from, valid_to, demo).
 * <li>{@code unit_state_view}: {@code admin_unit_state}'s name, type, parent and search name over time.
 * <li>{@code unit_lineage_view}: {@code unit_lineage}'s predecessor, successor, kind, day and legal basis.
 * </ul>
 */
@ApplicationModule(
        allowedDependencies = {"audit", "db", "errors", "files", "imports", "install", "scope", "text", "web"})
package vn.ntm.unit;

import org.springframework.modulith.ApplicationModule;
