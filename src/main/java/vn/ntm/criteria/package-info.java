/**
 * Criteria catalog: national criteria sets by period, their indicators and thresholds, provincial overlays.
 *
 * <p>Owns tables:
 * <ul>
 * <li>{@code criteria_set}, {@code criterion}, {@code indicator}, {@code indicator_source}: the sets and their
 * content with its sources.
 * <li>{@code threshold}: the thresholds of each indicator by key (region, commune group).
 * <li>{@code criteria_bucket}: the bands of criteria met ({@link vn.ntm.criteria.CriteriaMetBand}).
 * <li>{@code criteria_overlay}, {@code overlay_owner}: a province's overlay of a set and its owners of criteria.
 * <li>{@code catalog_version}: the counter that tells every instance its cached catalog is stale.
 * </ul>
 *
 * <p>Publishes views (read-only, for other modules' SQL):
 * <ul>
 * <li>{@code criteria_set_view}: a set's code, names, level, period and keying.
 * <li>{@code criteria_criterion_view}: a criterion's number, names and owning body type.
 * <li>{@code criteria_indicator_view}: an indicator's code, texts, kind, comparison and order.
 * <li>{@code criteria_overlay_owner_view}: the body type a province's overlay names as a criterion's owner.
 * </ul>
 */
@ApplicationModule(allowedDependencies = {"audit", "db", "errors", "files", "org", "scope", "text", "unit", "web"})
package vn.ntm.criteria;

import org.springframework.modulith.ApplicationModule;
