package vn.ntm.plan.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ntm.plan.deadline.Deadline.Recurring;
import vn.ntm.plan.deadline.Deadlines.Occurrence;
import vn.ntm.text.VietnameseDates;

/** The periods of a schedule: weeks end with their last working day, a day 31 falls back to a short month's end. */
class OccurrencesTest {

    private final FixedCalendar calendar = new FixedCalendar();
    private final DeadlineGrammar grammar = new DeadlineGrammar(calendar, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

    private List<Occurrence> of(String words, LocalDate from, LocalDate to) {
        return grammar.occurrences((Recurring) grammar.parse(words, DeadlineContext.drafted()), from, to);
    }

    private static Instant midnightBefore(LocalDate day) {
        return day.atStartOfDay(VietnameseDates.ZONE).toInstant();
    }

    @Test
    void weekly_reports_are_due_at_the_end_of_friday_with_iso_week_keys() {
        List<Occurrence> weeks = of("Định kỳ hàng tuần", LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 19));
        assertThat(weeks).extracting(Occurrence::periodKey).containsExactly("2026-W14", "2026-W15", "2026-W16");
        assertThat(weeks.get(0).dueAt()).isEqualTo(midnightBefore(LocalDate.of(2026, 4, 4)));
    }

    @Test
    void a_week_off_has_no_report_and_a_week_ending_in_a_day_off_is_due_the_day_before() {
        // Fixture days off, made up for the test: the whole week of 15/2/2027, and Friday 26/2/2027
        for (int day = 15; day <= 19; day++) {
            calendar.off.add(LocalDate.of(2027, 2, day));
        }
        calendar.off.add(LocalDate.of(2027, 2, 26));
        List<Occurrence> weeks = of("hằng tuần", LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 28));
        assertThat(weeks).extracting(Occurrence::periodKey).containsExactly("2027-W06", "2027-W08");
        assertThat(weeks.get(1).dueAt()).isEqualTo(midnightBefore(LocalDate.of(2027, 2, 26)));
    }

    @Test
    void monthly_before_the_20th_and_day_31_in_short_months() {
        List<Occurrence> months = of("trước ngày 20 hằng tháng", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        assertThat(months).extracting(Occurrence::periodKey).containsExactly("2026-01", "2026-02", "2026-03");
        assertThat(months.get(1).dueAt()).isEqualTo(midnightBefore(LocalDate.of(2026, 2, 20)));
        List<Occurrence> last = of("ngày 31 hằng tháng", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30));
        assertThat(last)
                .singleElement()
                .satisfies(o -> assertThat(o.dueAt()).isEqualTo(midnightBefore(LocalDate.of(2026, 5, 1))));
        List<Occurrence> feb = of("trước ngày 31 hằng tháng", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28));
        assertThat(feb)
                .singleElement()
                .satisfies(o -> assertThat(o.dueAt()).isEqualTo(midnightBefore(LocalDate.of(2026, 2, 28))));
    }

    @Test
    void quarters_years_and_a_period_started_after_its_due_day() {
        assertThat(of("hằng quý", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 31)))
                .extracting(Occurrence::periodKey)
                .containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
        assertThat(of("hằng năm", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)))
                .extracting(Occurrence::periodKey)
                .containsExactly("2026", "2027");
        assertThat(of("trước ngày 20 hằng tháng", LocalDate.of(2026, 1, 25), LocalDate.of(2026, 2, 28)))
                .extracting(Occurrence::periodKey)
                .containsExactly("2026-02");
    }
}
