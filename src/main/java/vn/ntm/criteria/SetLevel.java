package vn.ntm.criteria;

/** The standard a criteria set describes. */
public enum SetLevel {
    COMMUNE_NTM,
    COMMUNE_ADVANCED,
    COMMUNE_MODEL,
    COMMUNE_MODERN,
    VILLAGE,
    MODEL_RESIDENTIAL_AREA,
    MODEL_VILLAGE
}
