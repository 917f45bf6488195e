package vn.ntm.plan.deadline;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import vn.ntm.calendar.WorkCalendar;
import vn.ntm.plan.deadline.Deadline.Bound;
import vn.ntm.plan.deadline.Deadline.Recurring;
import vn.ntm.plan.deadline.Deadlines.Occurrence;
import vn.ntm.text.VietnameseDates;

/**
 * The periods of a schedule and the deadline of each. A week ("hằng tuần") is due at the end of its last working
 * day (normally Friday 24:00), so a week of Tết with no working day has no report due; a month's day 31 in a
 * 30-day month is the month's last day; "hằng tháng", "hằng quý", "hằng năm" are due at the period's end.
 */
final class Occurrences {

    /** The weekly report is due at the end of the week's last working day, not on Sunday: one place to change it. */
    static final DayOfWeek WEEK_ENDS = DayOfWeek.SUNDAY;

    private final WorkCalendar calendar;

    Occurrences(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    List<Occurrence> between(Recurring d, LocalDate from, LocalDate to) {
        List<Occurrence> list = new ArrayList<>();
        if (from == null || to == null || to.isBefore(from)) {
            return list;
        }
        switch (d.every()) {
            case WEEK -> weeks(d, from, to, list);
            case MONTH -> months(d, from, to, list);
            case QUARTER -> quarters(from, to, list);
            case YEAR -> years(from, to, list);
        }
        return list;
    }

    private void weeks(Recurring d, LocalDate from, LocalDate to, List<Occurrence> list) {
        LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (; !monday.isAfter(to); monday = monday.plusWeeks(1)) {
            LocalDate day = d.weekday() != null ? monday.with(d.weekday()) : lastWorkingDay(monday);
            if (day != null) {
                String key = monday.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                        + String.format("%02d", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                add(key, day, Bound.END_OF_DAY, from, to, list);
            }
        }
    }

    private LocalDate lastWorkingDay(LocalDate monday) {
        for (LocalDate day = monday.with(TemporalAdjusters.nextOrSame(WEEK_ENDS));
                !day.isBefore(monday);
                day = day.minusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                return day;
            }
        }
        return null;
    }

    private static void months(Recurring d, LocalDate from, LocalDate to, List<Occurrence> list) {
        for (YearMonth m = YearMonth.from(from); !m.atDay(1).isAfter(to); m = m.plusMonths(1)) {
            LocalDate day =
                    d.dayOfMonth() == null ? m.atEndOfMonth() : m.atDay(Math.min(d.dayOfMonth(), m.lengthOfMonth()));
            Bound bound = d.dayOfMonth() == null ? Bound.END_OF_DAY : d.bound();
            add(m.toString(), day, bound, from, to, list);
        }
    }

    private static void quarters(LocalDate from, LocalDate to, List<Occurrence> list) {
        LocalDate start = from.withDayOfMonth(1).withMonth((from.getMonthValue() - 1) / 3 * 3 + 1);
        for (LocalDate q = start; !q.isAfter(to); q = q.plusMonths(3)) {
            String key = q.getYear() + "-Q" + ((q.getMonthValue() - 1) / 3 + 1);
            add(key, q.plusMonths(3).minusDays(1), Bound.END_OF_DAY, from, to, list);
        }
    }

    private static void years(LocalDate from, LocalDate to, List<Occurrence> list) {
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            add(String.valueOf(y), LocalDate.of(y, 12, 31), Bound.END_OF_DAY, from, to, list);
        }
    }

    private static void add(
            String key, LocalDate day, Bound bound, LocalDate from, LocalDate to, List<Occurrence> list) {
        if (!day.isBefore(from) && !day.isAfter(to)) {
            list.add(new Occurrence(key, dueAt(day, bound)));
        }
    }

    /** "trước ngày X": when X begins; otherwise when X ends (24:00), in Vietnam's time. */
    static Instant dueAt(LocalDate day, Bound bound) {
        LocalDate begins = bound == Bound.BEFORE_DAY ? day : day.plusDays(1);
        return begins.atStartOfDay(VietnameseDates.ZONE).toInstant();
    }
}
