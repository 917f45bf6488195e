package vn.ntm.criteria;

/**
 * What an indicator's number counts, read from its unit of measure ({@link NumberLimits#ruleFor}): it decides how
 * many digits, and which signs, a value or a threshold may have.
 */
public enum MeasureKind {
    /** "%": 0 to 100, a few decimals. */
    PERCENT,
    /** A sum of money ("triệu đồng/người/năm"): not negative, two decimals. */
    MONEY,
    /** A whole count ("người", "hộ", "trường"): a whole number, not negative. */
    COUNT,
    /** Any other quantity ("m²/người", "km", "ha"), or no unit given. */
    QUANTITY
}
