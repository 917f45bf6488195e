package vn.ntm.plan.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import vn.ntm.text.VietnameseDates;

/**
 * When a deadline falls due, on a fixed clock: "trước ngày X" when day X begins (the day itself is late), "đến
 * ngày X" when it ends, at Vietnam's midnight (17:00 UTC the day before). A result is on time iff done < due.
 */
class DeadlineJudgingTest {

    private final FixedCalendar calendar = new FixedCalendar();
    private final DeadlineGrammar grammar =
            new DeadlineGrammar(calendar, Clock.fixed(Instant.parse("2026-04-20T03:00:00Z"), ZoneOffset.UTC));
    private final DeadlineContext ctx = DeadlineContext.drafted().withYear(2024);

    private Instant due(String words) {
        return grammar.dueAt(grammar.parse(words, ctx), ctx).orElseThrow();
    }

    private static Instant vn(int y, int m, int d, int h, int min, int s) {
        return LocalDateTime.of(y, m, d, h, min, s).atZone(VietnameseDates.ZONE).toInstant();
    }

    private static boolean overdueAt(Instant due, Instant now) {
        return !now.isBefore(due);
    }

    @Test
    void before_a_day_is_due_when_the_day_begins_and_the_day_itself_is_late() {
        Instant due = due("trước ngày 25/4/2026");
        assertThat(due).isEqualTo(Instant.parse("2026-04-24T17:00:00Z"));
        assertThat(overdueAt(due, vn(2026, 4, 24, 23, 59, 59))).isFalse();
        assertThat(overdueAt(due, vn(2026, 4, 25, 0, 0, 0))).isTrue();
        Instant resultAt = vn(2026, 4, 25, 8, 0, 0);
        assertThat(resultAt.isBefore(due))
                .as("a result at 08:00 on the day itself is late")
                .isFalse();
    }

    @Test
    void up_to_a_day_is_on_time_until_midnight_of_that_day() {
        Instant due = due("đến ngày 25/4/2026");
        assertThat(due).isEqualTo(Instant.parse("2026-04-25T17:00:00Z"));
        assertThat(vn(2026, 4, 25, 23, 59, 59).isBefore(due)).isTrue();
        assertThat(Instant.parse("2026-04-25T16:59:59Z").isBefore(due)).isTrue();
        assertThat(Instant.parse("2026-04-25T17:00:00Z").isBefore(due)).isFalse();
        assertThat(due("trong ngày 25/4/2026")).isEqualTo(due);
        assertThat(due("25/4/2026")).isEqualTo(due);
    }

    @Test
    void ends_of_periods_fall_due_at_the_next_days_midnight() {
        assertThat(due("cuối năm 2024")).isEqualTo(vn(2025, 1, 1, 0, 0, 0));
        assertThat(due("quý I")).isEqualTo(vn(2024, 4, 1, 0, 0, 0));
        assertThat(due("quý II")).isEqualTo(vn(2024, 7, 1, 0, 0, 0));
        assertThat(due("quý III")).isEqualTo(vn(2024, 10, 1, 0, 0, 0));
        assertThat(due("quý IV")).isEqualTo(vn(2025, 1, 1, 0, 0, 0));
        assertThat(due("tháng 6/2024")).isEqualTo(vn(2024, 7, 1, 0, 0, 0));
        assertThat(due("6 tháng đầu năm 2024")).isEqualTo(vn(2024, 7, 1, 0, 0, 0));
    }

    @Test
    void working_days_count_from_the_anchor_not_counting_it() {
        // Friday 6/3/2026: five working days after it end on Friday 13/3
        DeadlineContext issued = new DeadlineContext(null, LocalDate.of(2026, 3, 6), null, null, false);
        var d = grammar.parse("trong 5 ngày làm việc", issued);
        assertThat(grammar.dueAt(d, issued)).contains(vn(2026, 3, 14, 0, 0, 0));
        assertThat(grammar.dueAt(d, DeadlineContext.drafted())).isEmpty();
        var named = grammar.parse("trong 2 ngày làm việc kể từ ngày 9/3/2026", DeadlineContext.drafted());
        assertThat(grammar.dueAt(named, DeadlineContext.drafted())).contains(vn(2026, 3, 12, 0, 0, 0));
    }

    @Test
    void working_days_across_tet_skip_the_days_off_and_count_the_make_up_day() {
        // Fixture data, made up for this test (not Vietnam's official holidays): five days off Mon 15/2 to
        // Fri 19/2/2027 and a make-up working Saturday 27/2/2027.
        for (int day = 15; day <= 19; day++) {
            calendar.off.add(LocalDate.of(2027, 2, day));
        }
        calendar.working.add(LocalDate.of(2027, 2, 27));
        DeadlineContext issued = new DeadlineContext(null, LocalDate.of(2027, 2, 12), null, null, false);
        var d = grammar.parse("trong 5 ngày làm việc", issued);
        // 22, 23, 24, 25, 26 February: due at the end of Friday 26/2
        assertThat(grammar.dueAt(d, issued)).contains(vn(2027, 2, 27, 0, 0, 0));
        var ten = grammar.parse("trong 10 ngày làm việc", issued);
        // 22–26, Saturday 27 (made up), 1–4 March
        assertThat(grammar.dueAt(ten, issued)).contains(vn(2027, 3, 5, 0, 0, 0));
        assertThat(grammar.warnings(d, issued)).singleElement().satisfies(w -> {
            assertThat(w.messageKey()).isEqualTo("calendar.warning.incomplete");
            assertThat(w.args()).containsExactly("2027");
        });
        calendar.complete.add(2027);
        assertThat(grammar.warnings(d, issued)).isEmpty();
    }

    @Test
    void vague_words_have_no_due_and_a_schedule_is_due_at_its_first_period() {
        assertThat(grammar.dueAt(grammar.parse("thường xuyên", ctx), ctx)).isEmpty();
        DeadlineContext started = new DeadlineContext(null, null, LocalDate.of(2026, 4, 1), null, false);
        var monthly = grammar.parse("trước ngày 20 hằng tháng", started);
        assertThat(grammar.dueAt(monthly, started)).contains(vn(2026, 4, 20, 0, 0, 0));
        assertThat(grammar.dueAt(monthly, DeadlineContext.drafted())).isEmpty();
    }
}
