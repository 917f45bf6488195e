package vn.ntm.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The days entered ({@code calendar_day}) and the years marked complete ({@code calendar_year}). */
@Repository
class CalendarStore {

    /** A year's state: {@code version} 0 and not complete when no row was written yet. */
    record Year(int year, boolean complete, String confirmedBy, OffsetDateTime confirmedAt, int version) {}

    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CalendarDay> days(int year) {
        return jdbc.sql("select * from calendar_day where day >= ? and day <= ? order by day")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query(CalendarStore::day)
                .list();
    }

    Optional<CalendarDay> find(LocalDate day) {
        return jdbc.sql("select * from calendar_day where day = ?")
                .param(day)
                .query(CalendarStore::day)
                .optional();
    }

    /** False when the day is in the calendar already. */
    boolean insert(CalendarDay day, String by) {
        return jdbc.sql("""
                        insert into calendar_day (day, kind, name, basis, entered_by) values (?, ?, ?, ?, ?)
                        on conflict (day) do nothing""")
                        .params(day.day(), day.kind().name(), day.name(), day.basis(), by)
                        .update()
                == 1;
    }

    /** Only the version the page was opened on; false when it changed or went meanwhile. */
    boolean delete(LocalDate day, int version) {
        return jdbc.sql("delete from calendar_day where day = ? and version = ?")
                        .params(day, version)
                        .update()
                == 1;
    }

    Year year(int year) {
        return jdbc.sql("select * from calendar_year where year = ?")
                .param(year)
                .query((rs, n) -> new Year(
                        rs.getInt("year"),
                        rs.getBoolean("complete"),
                        rs.getString("confirmed_by"),
                        rs.getObject("confirmed_at", OffsetDateTime.class),
                        rs.getInt("version")))
                .optional()
                .orElse(new Year(year, false, null, null, 0));
    }

    /** Sets whether a year is complete over the version it was shown with; false when that is no longer it. */
    boolean markYear(int year, boolean complete, int version, String by) {
        if (version == 0 && jdbc.sql("""
                                insert into calendar_year (year, complete, confirmed_by, confirmed_at, version)
                                values (?, ?, ?, now(), 1) on conflict (year) do nothing""").params(year, complete, by).update() == 1) {
            return true;
        }
        return jdbc.sql("""
                        update calendar_year set complete = ?, confirmed_by = ?, confirmed_at = now(),
                            version = version + 1
                        where year = ? and version = ?""").params(complete, by, year, version).update() == 1;
    }

    private static CalendarDay day(ResultSet rs, int n) throws SQLException {
        OffsetDateTime at = rs.getObject("entered_at", OffsetDateTime.class);
        return new CalendarDay(
                rs.getObject("day", LocalDate.class),
                CalendarDay.Kind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("basis"),
                rs.getString("entered_by"),
                at == null ? null : at.toInstant(),
                rs.getInt("version"));
    }
}
