package vn.ntm.calendar;

import java.time.LocalDate;
import java.util.List;

/** Which days are working days: the weekly pattern, less the days off entered, plus the make-up days entered. */
public interface WorkCalendar {

    boolean isWorkingDay(LocalDate day);

    /** The {@code n}-th working day after {@code from} ({@code from} itself not counted). */
    LocalDate addWorkingDays(LocalDate from, int n);

    int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive);

    /** The days entered for a year, in order. */
    List<CalendarDay> year(int year);

    /** Whether the administrator marked the year's days as all entered. */
    boolean complete(int year);
}
