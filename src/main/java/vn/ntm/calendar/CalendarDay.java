package vn.ntm.calendar;

import java.time.Instant;
import java.time.LocalDate;

/** A day entered in the calendar: a day off, or a make-up working day (ngày làm bù) on a weekend day. */
public record CalendarDay(
        LocalDate day, Kind kind, String name, String basis, String enteredBy, Instant enteredAt, int version) {

    public enum Kind {
        HOLIDAY,
        WORKING
    }
}
