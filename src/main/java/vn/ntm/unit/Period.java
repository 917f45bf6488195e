package vn.ntm.unit;

import java.time.LocalDate;
import java.util.Optional;
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

    /**
     * The last day of {@code year} on which this period is in force (31 December, or the day before it ended),
     * or empty when it is not in force at all that year: the day a unit is looked at for a year.
     */
    public Optional<LocalDate> lastDayIn(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        if (to != null && !to.isAfter(end)) {
            end = to.minusDays(1);
        }
        LocalDate start = from.isAfter(LocalDate.of(year, 1, 1)) ? from : LocalDate.of(year, 1, 1);
        return end.isBefore(start) ? Optional.empty() : Optional.of(end);
    }

    /** The last day in force, as people say it ("đến hết ngày 30/6/2025"), or null when open. */
    public LocalDate lastDay() {
        return to == null ? null : to.minusDays(1);
    }
}
