package vn.ntm.criteria;

import java.math.BigDecimal;

/**
 * A threshold of a measured indicator for one key (a region or commune group; {@code *} for every key) and
 * optionally one year. National thresholds have no overlay; a province's own have their overlay's id. Each
 * carries its legal source ({@code source}: the document; the full citation and who entered it in
 * {@code provenance}) and whether that source was verified.
 */
public record Threshold(
        long id,
        long indicatorId,
        Long overlayId,
        String key,
        Integer year,
        BigDecimal value,
        String source,
        boolean verified,
        int version,
        Provenance provenance) {

    /** The key of a threshold that applies whatever the unit's region or group. */
    public static final String ANY_KEY = "*";

    public Threshold {
        provenance = provenance == null ? Provenance.shipped(new Citation(source, null, null, null)) : provenance;
    }

    public Threshold(
            long id,
            long indicatorId,
            Long overlayId,
            String key,
            Integer year,
            BigDecimal value,
            String source,
            boolean verified,
            int version) {
        this(id, indicatorId, overlayId, key, year, value, source, verified, version, null);
    }

    public boolean national() {
        return overlayId == null;
    }
}
