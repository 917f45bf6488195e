package vn.ntm.criteria;

/**
 * QUALITATIVE indicators are judged Đạt / Không đạt by the owning body and need no threshold; MEASURED ones are a
 * number compared with a threshold.
 */
public enum IndicatorKind {
    QUALITATIVE,
    MEASURED
}
