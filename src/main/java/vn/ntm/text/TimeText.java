package vn.ntm.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;

/**
 * Dates and times for templates: {@code ${@time.day(d)}} gives 30/04/2026, {@code ${@time.at(t)}} gives
 * 30/04/2026 14:05 in Vietnam's time. Templates never format a time themselves, so no page shows UTC.
 */
@Component("time")
public class TimeText {

    public String day(LocalDate date) {
        return VietnameseDates.format(date);
    }

    public String at(OffsetDateTime moment) {
        return VietnameseDates.format(moment);
    }

    public String at(Instant moment) {
        return VietnameseDates.format(moment);
    }
}
