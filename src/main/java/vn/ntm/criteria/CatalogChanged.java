package vn.ntm.criteria;

import java.util.Set;

/**
 * Thresholds or indicators of a set changed: nationally ({@code provinceUnitId} null) or in one province's overlay.
 * Judgements that rest on them must be brought up to date. {@code keys} names the regions or groups whose
 * thresholds alone changed, so only units judged with those keys need it; null means every unit.
 */
public record CatalogChanged(long setId, Long provinceUnitId, Set<String> keys) {

    public CatalogChanged(long setId, Long provinceUnitId) {
        this(setId, provinceUnitId, null);
    }

    /** Whether a unit judged with this effective key is affected. */
    public boolean affects(String effectiveKey) {
        return keys == null || keys.contains(Threshold.ANY_KEY) || effectiveKey != null && keys.contains(effectiveKey);
    }
}
