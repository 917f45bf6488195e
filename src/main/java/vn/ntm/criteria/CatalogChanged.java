package vn.ntm.criteria;

/**
 * Thresholds or indicators of a set changed: nationally ({@code provinceUnitId} null) or in one province's overlay.
 * Judgements that rest on them must be brought up to date.
 */
public record CatalogChanged(long setId, Long provinceUnitId) {
}
