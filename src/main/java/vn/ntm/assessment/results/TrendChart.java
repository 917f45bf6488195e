package vn.ntm.assessment.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The drawing of an indicator's trend as inline SVG, worked out here so the template only places shapes: one bar
 * per year with a value (its height to scale), and the threshold of that year as a dashed mark across its slot.
 * A year without a value has no bar; the text table beside the chart says "chưa có số liệu" for it.
 */
public record TrendChart(int width, int height, int baseline, List<Column> columns) {

    static final int SLOT = 64;
    static final int BAR = 40;
    static final int PLOT = 100;
    static final int TOP = 22;

    /** One year: a bar (when there is a value) and a threshold mark (when one applied), in pixels. */
    record Column(
            int year,
            int x,
            BigDecimal value,
            Integer barTop,
            Integer barHeight,
            BigDecimal threshold,
            Integer thresholdY) {

        public int middle() {
            return x + BAR / 2;
        }
    }

    public static TrendChart of(IndicatorTrends.Trend trend) {
        BigDecimal max = trend.points().stream()
                .flatMap(p -> Stream.of(p.value(), p.threshold()))
                .filter(Objects::nonNull)
                .max(BigDecimal::compareTo)
                .filter(m -> m.signum() > 0)
                .orElse(BigDecimal.ONE);
        int baseline = TOP + PLOT;
        List<IndicatorTrends.Point> points = trend.points();
        List<Column> columns = IntStream.range(0, points.size())
                .mapToObj(i -> {
                    IndicatorTrends.Point p = points.get(i);
                    Integer height = p.value() == null ? null : scaled(p.value().max(BigDecimal.ZERO), max);
                    return new Column(
                            p.year(),
                            12 + i * SLOT,
                            p.value(),
                            height == null ? null : baseline - height,
                            height,
                            p.threshold(),
                            p.threshold() == null ? null : baseline - scaled(p.threshold(), max));
                })
                .toList();
        return new TrendChart(Math.max(points.size(), 1) * SLOT + 24, baseline + 24, baseline, columns);
    }

    private static int scaled(BigDecimal value, BigDecimal max) {
        return value.multiply(BigDecimal.valueOf(PLOT))
                .divide(max, 0, RoundingMode.HALF_UP)
                .intValue();
    }
}
