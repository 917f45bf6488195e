package vn.ntm.plan.deadline;

import java.time.LocalDate;

/**
 * What a deadline is read and judged against. {@code defaultYear}: the year "quý II" or "tháng 6" means (a one-year
 * plan, the directive's year), null when none; {@code anchor}: the day "trong N ngày làm việc" counts from (the
 * issue day); {@code startOn}/{@code endOn}: the task's start and the end of a schedule; {@code received}: a text
 * typed in from a document received, kept as written when it does not parse.
 */
public record DeadlineContext(
        Integer defaultYear, LocalDate anchor, LocalDate startOn, LocalDate endOn, boolean received) {

    /** A deadline typed in the system, with no year, anchor or start known. */
    public static DeadlineContext drafted() {
        return new DeadlineContext(null, null, null, null, false);
    }

    public DeadlineContext withYear(Integer year) {
        return new DeadlineContext(year, anchor, startOn, endOn, received);
    }
}
