package vn.ntm.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Dates as Vietnamese users write them ("30/4/2026", "05/01/2024") and as ISO ("2026-04-30"), and the one clock
 * of the product: every moment shown (a screen, an API message, an exported file) is Vietnam's time,
 * {@code Asia/Ho_Chi_Minh}, whatever the server's or the database's zone.
 */
public final class VietnameseDates {

    /** Vietnam's time zone (UTC+7, no daylight saving). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter DISPLAY_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    private VietnameseDates() {}

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

    /** "30/04/2026"; empty for no date. */
    public static String format(LocalDate date) {
        return date == null ? "" : DISPLAY.format(date);
    }

    /** "30/04/2026 14:05" in Vietnam's time; empty for no moment. */
    public static String format(OffsetDateTime moment) {
        return moment == null ? "" : DISPLAY_TIME.format(moment.atZoneSameInstant(ZONE));
    }

    /** "30/04/2026 14:05" in Vietnam's time; empty for no moment. */
    public static String format(Instant moment) {
        return moment == null ? "" : DISPLAY_TIME.format(moment.atZone(ZONE));
    }

    /** The day a moment falls on in Vietnam (23:30 UTC is already the next day there). */
    public static LocalDate dayOf(OffsetDateTime moment) {
        return moment == null ? null : moment.atZoneSameInstant(ZONE).toLocalDate();
    }

    /**
     * The same moment written with Vietnam's offset (+07:00). The database driver reads timestamps in UTC; records
     * read from it pass through here, so an API answer says "2026-04-30T14:05+07:00", not "07:05Z".
     */
    public static OffsetDateTime inVietnam(OffsetDateTime moment) {
        return moment == null ? null : moment.atZoneSameInstant(ZONE).toOffsetDateTime();
    }
}
