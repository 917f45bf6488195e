package vn.ntm.criteria;

/**
 * The key a unit's thresholds are looked up with, and why: its own region or group, or the especially-difficult
 * rule (2021-2025: such communes use the Trung du miền núi phía Bắc thresholds whatever their region).
 */
public record EffectiveKey(String key, Reason reason) {

    public enum Reason {
        REGION,
        ESPECIALLY_DIFFICULT,
        COMMUNE_GROUP,
        NOT_KEYED,
        /** The unit has no region or group recorded for that year: only any-key thresholds apply. */
        ATTRIBUTE_MISSING
    }

    /** The policy: which key applies to a unit with these attributes under a set keyed this way. */
    public static EffectiveKey of(
            Keying keying, String especiallyDifficultKey, String region, String group, boolean especiallyDifficult) {
        return switch (keying) {
            case NONE -> new EffectiveKey(null, Reason.NOT_KEYED);
            case COMMUNE_GROUP ->
                group == null
                        ? new EffectiveKey(null, Reason.ATTRIBUTE_MISSING)
                        : new EffectiveKey(group, Reason.COMMUNE_GROUP);
            case REGION -> {
                if (especiallyDifficult && especiallyDifficultKey != null) {
                    yield new EffectiveKey(especiallyDifficultKey, Reason.ESPECIALLY_DIFFICULT);
                }
                yield region == null
                        ? new EffectiveKey(null, Reason.ATTRIBUTE_MISSING)
                        : new EffectiveKey(region, Reason.REGION);
            }
        };
    }
}
