package vn.ntm.criteria;

import java.math.BigDecimal;
import java.util.Optional;
import vn.ntm.errors.FieldProblem;

/**
 * Rules every indicator and threshold obeys, however it is entered (set file, overlay file, screen, sheet): the
 * range of a measured indicator ({@code min ≤ max}; a percentage within 0-100), a threshold inside that range, and
 * a source link only to an official site. Each returns the problem on {@code field}, or nothing.
 */
final class IndicatorRules {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private IndicatorRules() {}

    static boolean percentage(NumberRule rule) {
        return rule.kind() == MeasureKind.PERCENT;
    }

    /**
     * The declared range: min not above max; a percentage's range within 0-100; each bound with the digits the unit
     * of measure allows ({@link NumberRule}).
     */
    static Optional<FieldProblem> range(String field, String code, NumberRule rule, BigDecimal min, BigDecimal max) {
        if (min != null && max != null && min.compareTo(max) > 0) {
            return problem(field, "authoring.error.minAboveMax", code, min, max);
        }
        for (BigDecimal bound : new BigDecimal[] {min, max}) {
            if (bound != null && percentage(rule) && outsidePercent(bound)) {
                return problem(field, "authoring.error.percent", code, bound);
            }
            Optional<FieldProblem> digits = bound == null ? Optional.empty() : rule.check(field, code, bound);
            if (digits.isPresent()) {
                return digits;
            }
        }
        return Optional.empty();
    }

    /**
     * A threshold (national or a province's) must be a value the indicator can take: within 0-100 for a percentage,
     * within the indicator's range, with the digits its unit allows.
     */
    static Optional<FieldProblem> threshold(
            String field, String code, NumberRule rule, BigDecimal min, BigDecimal max, BigDecimal value) {
        if (percentage(rule) && outsidePercent(value)) {
            return problem(field, "authoring.error.percent", code, value);
        }
        Optional<FieldProblem> digits = rule.check(field, code, value);
        if (digits.isPresent()) {
            return digits;
        }
        if (min != null && value.compareTo(min) < 0 || max != null && value.compareTo(max) > 0) {
            return problem(
                    field,
                    "authoring.error.outOfBounds",
                    code,
                    value,
                    min == null ? "—" : min,
                    max == null ? "—" : max);
        }
        return Optional.empty();
    }

    static Optional<FieldProblem> threshold(String field, Indicator indicator, BigDecimal value) {
        return threshold(
                field, indicator.code(), indicator.numbers(), indicator.minValue(), indicator.maxValue(), value);
    }

    /**
     * A source may carry a link only to an official site (a state body's domain under .gov.vn, or the Government
     * portal chinhphu.vn): research notes, mirrors and raw addresses are never shown to users.
     */
    static Optional<FieldProblem> link(String field, String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return official(url.trim()) ? Optional.empty() : problem(field, "authoring.error.unofficialLink", url.trim());
    }

    static boolean official(String url) {
        return SourceText.isOfficial(url);
    }

    private static boolean outsidePercent(BigDecimal value) {
        return value.signum() < 0 || value.compareTo(HUNDRED) > 0;
    }

    private static Optional<FieldProblem> problem(String field, String key, Object... args) {
        return Optional.of(new FieldProblem(field, key, args));
    }
}
