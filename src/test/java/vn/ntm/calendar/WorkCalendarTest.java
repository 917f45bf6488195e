package vn.ntm.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ntm.errors.FieldProblem;
import vn.ntm.plan.deadline.DeadlineContext;
import vn.ntm.plan.deadline.Deadlines;
import vn.ntm.testing.NtmTest;
import vn.ntm.text.VietnameseDates;

/**
 * Working days on the calendar as stored, across a Tết the test enters itself. The days are fixture data made up
 * for the test in a far year (2091), not Vietnam's holidays: no holiday ships with the product.
 */
@NtmTest
class WorkCalendarTest {

    private static final int YEAR = 2091;

    @Autowired
    WorkCalendar calendar;

    @Autowired
    CalendarKeeping keeping;

    @Autowired
    Deadlines deadlines;

    @Autowired
    UserDetailsService accounts;

    SignedIn signedIn;

    @BeforeEach
    void enterTet() {
        signedIn = new SignedIn(accounts);
        // made up: Monday 5 to Friday 9 February 2091 off, Saturday 17 February 2091 worked instead
        signedIn.as("admin", () -> {
            for (int day = 5; day <= 9; day++) {
                keeping.add(day + "/02/" + YEAR, "HOLIDAY", "Tết (ngày của bài kiểm thử)", "không phải ngày thật");
            }
            keeping.add("17/02/" + YEAR, "WORKING", "Làm bù (ngày của bài kiểm thử)", null);
        });
    }

    @AfterEach
    void removeThem() {
        signedIn.as("admin", () -> {
            for (CalendarDay d : calendar.year(YEAR)) {
                keeping.remove(d.day(), d.version());
            }
            var state = keeping.yearState(YEAR);
            if (state.complete()) {
                keeping.markYear(YEAR, false, state.version());
            }
        });
    }

    @Test
    void days_off_and_the_make_up_day_change_what_counts() {
        assertThat(calendar.isWorkingDay(LocalDate.of(YEAR, 2, 5))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(YEAR, 2, 12))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(YEAR, 2, 17))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(YEAR, 2, 18))).isFalse();
        // Friday 2 February: 12–16 (5 days), Saturday 17 is the 6th
        assertThat(calendar.addWorkingDays(LocalDate.of(YEAR, 2, 2), 5)).isEqualTo(LocalDate.of(YEAR, 2, 16));
        assertThat(calendar.addWorkingDays(LocalDate.of(YEAR, 2, 2), 6)).isEqualTo(LocalDate.of(YEAR, 2, 17));
        assertThat(calendar.workingDaysBetween(LocalDate.of(YEAR, 2, 2), LocalDate.of(YEAR, 2, 18)))
                .isEqualTo(6);
        assertThat(calendar.year(YEAR)).hasSize(6).first().satisfies(d -> {
            assertThat(d.day()).isEqualTo(LocalDate.of(YEAR, 2, 5));
            assertThat(d.kind()).isEqualTo(CalendarDay.Kind.HOLIDAY);
            assertThat(d.enteredBy()).isEqualTo("admin");
        });
    }

    @Test
    void a_count_in_working_days_across_tet_and_the_warning_until_the_year_is_complete() {
        DeadlineContext issued = new DeadlineContext(null, LocalDate.of(YEAR, 2, 2), null, null, false);
        var d = deadlines.parse("trong 5 ngày làm việc", issued);
        assertThat(deadlines.dueAt(d, issued))
                .contains(LocalDate.of(YEAR, 2, 17)
                        .atStartOfDay(VietnameseDates.ZONE)
                        .toInstant());
        assertThat(deadlines.warnings(d, issued))
                .extracting(FieldProblem::messageKey)
                .containsExactly("calendar.warning.incomplete");
        signedIn.as(
                "admin",
                () -> keeping.markYear(YEAR, true, keeping.yearState(YEAR).version()));
        assertThat(calendar.complete(YEAR)).isTrue();
        assertThat(deadlines.warnings(d, issued)).isEmpty();
    }

    @Test
    void a_removed_day_counts_again() {
        CalendarDay first = calendar.year(YEAR).get(0);
        signedIn.as("admin", () -> keeping.remove(first.day(), first.version()));
        assertThat(calendar.isWorkingDay(LocalDate.of(YEAR, 2, 5))).isTrue();
    }
}
