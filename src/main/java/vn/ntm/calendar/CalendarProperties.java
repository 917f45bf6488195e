package vn.ntm.calendar;

import java.time.DayOfWeek;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The weekdays off by default ({@code ntm.calendar.weekend}). Saturday and Sunday is the usual week of state
 * offices, not checked against a legal text here: the calendar page shows it so the administrator confirms it.
 */
@ConfigurationProperties("ntm.calendar")
record CalendarProperties(
        @DefaultValue({"SATURDAY", "SUNDAY"}) Set<DayOfWeek> weekend) {}
