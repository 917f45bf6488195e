package vn.ntm.plan.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.ntm.calendar.CalendarDay;
import vn.ntm.calendar.WorkCalendar;

/**
 * A calendar for the domain tests: Monday to Friday, less the days off a test enters, plus its make-up days. The
 * days a test enters are made up for the test, not Vietnam's holidays.
 */
final class FixedCalendar implements WorkCalendar {

    final Set<LocalDate> off = new HashSet<>();
    final Set<LocalDate> working = new HashSet<>();
    final Set<Integer> complete = new HashSet<>();

    @Override
    public boolean isWorkingDay(LocalDate day) {
        if (working.contains(day)) {
            return true;
        }
        return !off.contains(day) && day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Override
    public LocalDate addWorkingDays(LocalDate from, int n) {
        LocalDate day = from;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    @Override
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        int n = 0;
        for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
            n += isWorkingDay(d) ? 1 : 0;
        }
        return n;
    }

    @Override
    public List<CalendarDay> year(int year) {
        return List.of();
    }

    @Override
    public boolean complete(int year) {
        return complete.contains(year);
    }
}
