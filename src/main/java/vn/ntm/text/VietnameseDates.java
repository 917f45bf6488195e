package vn.ntm.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Dates as Vietnamese users write them ("30/4/2026", "05/01/2024") and as ISO ("2026-04-30"). */
public final class VietnameseDates {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private VietnameseDates() {
    }

    /** Parses "d/M/yyyy", "d-M-yyyy", "d.M.yyyy" or ISO; empty when the text is not a real date. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim();
        try {
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(LocalDate.parse(t));
            }
            return Optional.of(LocalDate.parse(t.replace('-', '/').replace('.', '/'), DAY_MONTH_YEAR));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static String format(LocalDate date) {
        return date == null ? "" : DISPLAY.format(date);
    }
}
