package vn.ntm.assessment.results;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.assessment.IndicatorStatus;
import vn.ntm.assessment.Standing;
import vn.ntm.criteria.Catalog;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.Indicator;
import vn.ntm.text.Messages;

/**
 * One measured indicator of a unit over the years of a set, read from the stored results: the value of each year
 * beside the threshold that applied that year. Only years with a stored result are shown; nothing is filled in.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorTrends {

    private final Catalog catalog;
    private final JdbcClient jdbc;

    IndicatorTrends(Catalog catalog, JdbcClient jdbc) {
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    /** A measured indicator to pick, as the select shows it. */
    record Choice(String code, String text) {}

    record Point(int year, BigDecimal value, BigDecimal threshold, IndicatorStatus status) {}

    public record Trend(String code, String text, String measureUnit, String comparison, List<Point> points) {

        public boolean hasValues() {
            return points.stream().anyMatch(p -> p.value() != null);
        }
    }

    public List<Choice> choices(String setCode) {
        return measured(setCode)
                .map(i -> new Choice(i.code(), i.text(Messages.currentLocale())))
                .toList();
    }

    /**
     * The indicator asked for when the set measures it; otherwise the first one the unit misses this year (what an
     * officer most likely follows), or the first with a value, or the first of the set.
     */
    public Optional<String> chosen(Standing standing, String requested) {
        List<String> codes = measured(standing.setCode()).map(Indicator::code).toList();
        if (requested != null && codes.contains(requested.trim())) {
            return Optional.of(requested.trim());
        }
        List<Standing.IndicatorLine> lines = standing.criteria().stream()
                .flatMap(c -> c.indicators().stream())
                .filter(Standing.IndicatorLine::measured)
                .toList();
        return lines.stream()
                .filter(l -> l.status() == IndicatorStatus.NOT_MET)
                .findFirst()
                .or(() -> lines.stream().filter(l -> l.value() != null).findFirst())
                .or(() -> lines.stream().findFirst())
                .map(Standing.IndicatorLine::code);
    }

    public Trend of(long unitId, String setCode, String code) {
        CriteriaSet set = catalog.set(setCode);
        Indicator indicator = set.indicator(code).filter(Indicator::measured).orElseThrow();
        List<Point> points = jdbc.sql("""
                        select year, numeric_value, threshold_value, status from indicator_result
                        where set_id = ? and year = any(?) and unit_id = ? and indicator_id = ? order by year""")
                // the years spelled out let the primary key (set, year, unit, indicator) find each row directly
                .params(
                        set.id(),
                        IntStream.rangeClosed(set.periodFrom(), set.periodTo())
                                .boxed()
                                .toArray(Integer[]::new),
                        unitId,
                        indicator.id())
                .query((rs, n) -> new Point(
                        rs.getInt(1),
                        rs.getBigDecimal(2),
                        rs.getBigDecimal(3),
                        IndicatorStatus.valueOf(rs.getString(4))))
                .list();
        return new Trend(
                indicator.code(),
                indicator.text(Messages.currentLocale()),
                indicator.measureUnit(),
                indicator.comparison() == null ? null : indicator.comparison().symbol(),
                points);
    }

    /** Whether the set has this measured indicator (a year / set link keeps the choice only where it applies). */
    public boolean measures(String setCode, String code) {
        return code != null && measured(setCode).anyMatch(i -> i.code().equals(code));
    }

    private Stream<Indicator> measured(String setCode) {
        return catalog.set(setCode).indicators().filter(Indicator::measured);
    }
}
