package vn.ntm.unit;

import java.time.LocalDate;
import vn.ntm.errors.BadInputException;

/** A half-open period of validity: from inclusive, to exclusive; {@code to == null} means still in force. */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (from == null) {
            throw new BadInputException("validFrom", "error.period.fromRequired");
        }
        if (to != null && !to.isAfter(from)) {
            throw new BadInputException("validTo", "error.period.toBeforeFrom", from, to);
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && (to == null || date.isBefore(to));
    }

    public boolean overlaps(Period other) {
        boolean startsBeforeOtherEnds = other.to == null || from.isBefore(other.to);
        boolean endsAfterOtherStarts = to == null || to.isAfter(other.from);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    /** The last day in force, as people say it ("đến hết ngày 30/6/2025"), or null when open. */
    public LocalDate lastDay() {
        return to == null ? null : to.minusDays(1);
    }
}
