package vn.ntm.calendar;

/** A day of {@code year} was entered or removed, or the year marked complete: counts over it may change. */
public record CalendarChanged(int year) {}
