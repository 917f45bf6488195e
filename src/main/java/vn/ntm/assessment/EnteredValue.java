package vn.ntm.assessment;

import java.math.BigDecimal;

/**
 * What a unit entered for one indicator: a number (measured), Đạt / Không đạt (qualitative), or "không đánh giá"
 * with a reason. {@code verified} tells whether the owning body verified it.
 */
public record EnteredValue(
        BigDecimal number, Boolean met, boolean notEvaluated, String notEvaluatedReason, boolean verified) {

    public static EnteredValue number(BigDecimal number) {
        return new EnteredValue(number, null, false, null, false);
    }

    public static EnteredValue judged(boolean met) {
        return new EnteredValue(null, met, false, null, false);
    }

    public static EnteredValue notEvaluated(String reason) {
        return new EnteredValue(null, null, true, reason, false);
    }

    public EnteredValue asVerified() {
        return new EnteredValue(number, met, notEvaluated, notEvaluatedReason, true);
    }
}
