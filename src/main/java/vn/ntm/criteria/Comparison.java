package vn.ntm.criteria;

import java.math.BigDecimal;

/** How a measured value is compared with its threshold. A value exactly at the threshold meets ≥ and ≤. */
public enum Comparison {
    GE("≥"),
    GT(">"),
    LE("≤"),
    LT("<");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean holds(BigDecimal value, BigDecimal threshold) {
        int c = value.compareTo(threshold);
        return switch (this) {
            case GE -> c >= 0;
            case GT -> c > 0;
            case LE -> c <= 0;
            case LT -> c < 0;
        };
    }

    /** How far the value is from the threshold, as a positive amount still to gain (≥, >) or to lose (≤, <). */
    public BigDecimal gap(BigDecimal value, BigDecimal threshold) {
        if (holds(value, threshold)) {
            return BigDecimal.ZERO;
        }
        BigDecimal distance = this == GE || this == GT ? threshold.subtract(value) : value.subtract(threshold);
        return distance.stripTrailingZeros();
    }

    /** Whether a larger value is better (≥, >). */
    public boolean rising() {
        return this == GE || this == GT;
    }

    static Comparison parse(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.trim()) {
            case "GE", ">=", "≥" -> GE;
            case "GT", ">" -> GT;
            case "LE", "<=", "≤" -> LE;
            case "LT", "<" -> LT;
            default -> throw new IllegalArgumentException(text);
        };
    }
}
