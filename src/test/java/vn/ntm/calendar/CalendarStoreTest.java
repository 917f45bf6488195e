package vn.ntm.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.ConcurrentEditException;
import vn.ntm.errors.FieldProblem;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.testing.NtmTest;

/**
 * The calendar's rows as stored and audited, refusals that store nothing, and stale versions refused. Days in 2092,
 * made up for the test.
 */
@NtmTest
class CalendarStoreTest {

    private static final int YEAR = 2092;

    @Autowired
    CalendarKeeping keeping;

    @Autowired
    WorkCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    SignedIn signedIn;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(accounts);
    }

    @AfterEach
    void cleanUp() {
        signedIn.as("admin", () -> {
            for (CalendarDay d : calendar.year(YEAR)) {
                keeping.remove(d.day(), d.version());
            }
        });
    }

    long days() {
        return jdbc.sql("select count(*) from calendar_day where extract(year from day) = ?")
                .param(YEAR)
                .query(Long.class)
                .single();
    }

    @Test
    void a_day_entered_is_stored_and_audited() {
        signedIn.as(
                "admin", () -> keeping.add(" 02/01/" + YEAR + " ", "HOLIDAY", "  Nghỉ bù (bài kiểm thử) ", "QĐ số 1"));
        var row = jdbc.sql("select kind, name, basis, entered_by, version from calendar_day where day = ?")
                .param(LocalDate.of(YEAR, 1, 2))
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|"
                        + rs.getString(4) + "|" + rs.getInt(5))
                .single();
        assertThat(row).isEqualTo("HOLIDAY|Nghỉ bù (bài kiểm thử)|QĐ số 1|admin|0");
        var audited = jdbc.sql("""
                        select action || ' ' || field || '=' || coalesce(new_value, '') from audit_log
                        where entity_type = 'calendar_day' and entity_id = ? order by id""")
                .param(CalendarKeeping.id(LocalDate.of(YEAR, 1, 2)))
                .query(String.class)
                .list();
        assertThat(audited)
                .containsExactly(
                        "CREATE day=02/01/" + YEAR,
                        "CREATE dayKind=HOLIDAY",
                        "CREATE name=Nghỉ bù (bài kiểm thử)",
                        "CREATE basis=QĐ số 1");
    }

    @Test
    void bad_input_is_refused_with_every_problem_and_nothing_stored() {
        BadInputException e = (BadInputException) catchThrowable(
                () -> signedIn.as("admin", () -> keeping.add("31/4/" + YEAR, "OTHER", " ", null)));
        assertThat(e.details())
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(
                        tuple("day", "calendar.error.noSuchDay"),
                        tuple("kind", "calendar.error.kind"),
                        tuple("name", "calendar.error.nameRequired"));
        // 7/1/2092 is a Monday, 5/1/2092 a Saturday
        assertThat(((BadInputException) catchThrowable(() ->
                                signedIn.as("admin", () -> keeping.add("07/01/" + YEAR, "WORKING", "Làm bù", null))))
                        .details())
                .extracting(FieldProblem::messageKey)
                .containsExactly("calendar.error.alreadyWorking");
        assertThat(((BadInputException) catchThrowable(() ->
                                signedIn.as("admin", () -> keeping.add("05/01/" + YEAR, "HOLIDAY", "Nghỉ", null))))
                        .details())
                .extracting(FieldProblem::messageKey)
                .containsExactly("calendar.error.alreadyOff");
        assertThat(days()).isZero();
    }

    @Test
    void the_same_day_twice_and_a_stale_version_are_refused() {
        signedIn.as("admin", () -> keeping.add("08/01/" + YEAR, "HOLIDAY", "Nghỉ (bài kiểm thử)", null));
        BadInputException twice = (BadInputException) catchThrowable(
                () -> signedIn.as("admin", () -> keeping.add("8/1/" + YEAR, "HOLIDAY", "Lần hai", null)));
        assertThat(twice.details()).extracting(FieldProblem::messageKey).containsExactly("calendar.error.twice");
        assertThat(twice.details().get(0).args()).containsExactly("08/01/" + YEAR);
        Throwable stale = catchThrowable(() -> signedIn.as("admin", () -> keeping.remove(LocalDate.of(YEAR, 1, 8), 5)));
        assertThat(stale).isInstanceOf(ConcurrentEditException.class);
        assertThat(days()).isEqualTo(1);
        var year = keeping.yearState(YEAR);
        Throwable staleYear =
                catchThrowable(() -> signedIn.as("admin", () -> keeping.markYear(YEAR, true, year.version() + 3)));
        assertThat(staleYear).isInstanceOf(ConcurrentEditException.class);
        assertThat(keeping.yearState(YEAR).complete()).isFalse();
    }

    @Test
    void only_an_administrator_keeps_the_calendar() {
        Throwable refused = catchThrowable(
                () -> signedIn.as("tinh.hue", () -> keeping.add("08/01/" + YEAR, "HOLIDAY", "Nghỉ", null)));
        assertThat(refused).isInstanceOf(OutOfScopeException.class);
        assertThat(days()).isZero();
    }
}
