package vn.ntm.web;

import java.time.LocalDate;
import vn.ntm.errors.BadInputException;
import vn.ntm.text.VietnameseDates;

/**
 * Dates typed in a form. Forms keep them as text so that a mistyped date is shown back as typed, next to its
 * field, instead of being lost in binding.
 */
public final class FormDates {

    private FormDates() {}

    /** "30/4/2026" or ISO; empty means no date (null); anything else is refused on {@code field}. */
    public static LocalDate parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return VietnameseDates.parse(text)
                .orElseThrow(() -> new BadInputException(field, "import.issue.badDate", text.trim()));
    }
}
