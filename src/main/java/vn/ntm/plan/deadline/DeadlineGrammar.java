package vn.ntm.plan.deadline;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.ntm.calendar.WorkCalendar;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.FieldProblem;
import vn.ntm.plan.deadline.Deadline.Bound;
import vn.ntm.plan.deadline.Deadline.EndOf;
import vn.ntm.plan.deadline.Deadline.Every;
import vn.ntm.plan.deadline.Deadline.OnDay;
import vn.ntm.plan.deadline.Deadline.Recurring;
import vn.ntm.plan.deadline.Deadline.Span;
import vn.ntm.plan.deadline.Deadline.Unrecognised;
import vn.ntm.plan.deadline.Deadline.Vague;
import vn.ntm.plan.deadline.Deadline.WorkingDays;
import vn.ntm.text.VietnameseDates;

/**
 * The grammar of deadlines as plans and directives write them (design §4). A text typed in the system must be one
 * phrase of it, else it is refused naming the words; a text of a document received is kept as written, read by the
 * first phrase found inside it, else as vague or unrecognised. A quarter, month or day without a year takes the
 * context's year, and is refused without one.
 */
@Component
public class DeadlineGrammar implements Deadlines {

    static final String FIELD = "deadline";

    private static final String DATE =
            "(?:ngày )?(?:\\d{1,2} ?[/.-] ?\\d{1,2}(?: ?[/.-] ?\\d{4})?" + "|\\d{1,2} tháng \\d{1,2}(?: năm \\d{4})?)";
    private static final Pattern DATE_PARTS =
            Pattern.compile("(?:ngày )?(\\d{1,2}) ?(?:[/.-]|tháng) ?(\\d{1,2})(?: ?(?:[/.-]|năm) ?(\\d{4}))?");
    private static final String YEAR = "(?:(?: năm | ?/ ?| )(\\d{4}))?";
    private static final String END_WORDS = "(?:(?:cuối|trong|đến hết|hết|đến) )?";

    private record Phrase(Pattern pattern, BiFunction<Matcher, Reading, Deadline> read) {}

    /** One reading: the words as written, the context, and the clock for the example year of a message. */
    private record Reading(String words, DeadlineContext ctx, int thisYear) {}

    private static final Map<String, Integer> QUARTERS = Map.of("i", 1, "ii", 2, "iii", 3, "iv", 4);
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "hai", DayOfWeek.MONDAY,
            "ba", DayOfWeek.TUESDAY,
            "tư", DayOfWeek.WEDNESDAY,
            "năm", DayOfWeek.THURSDAY,
            "sáu", DayOfWeek.FRIDAY,
            "bảy", DayOfWeek.SATURDAY);

    private static final List<Phrase> PHRASES = List.of(
            phrase(
                    "trong(?: vòng)? (\\d{1,3}) ngày làm việc(?: (?:kể )?từ (" + DATE + "|ngày [\\p{L} ]+))?",
                    (m, r) -> new WorkingDays(r.words(), Integer.parseInt(m.group(1)), workingFrom(m.group(2), r))),
            phrase(
                    "(?:(trước|đến|chậm nhất(?: là)?|vào) )?ngày (\\d{1,2}) hằng tháng",
                    (m, r) -> new Recurring(
                            r.words(),
                            Every.MONTH,
                            dayOfMonth(m.group(2), r),
                            "trước".equals(m.group(1)) ? Bound.BEFORE_DAY : Bound.END_OF_DAY,
                            null)),
            phrase(
                    "(?:định kỳ )?(?:vào )?thứ (hai|ba|tư|năm|sáu|bảy|[2-7]) hằng tuần",
                    (m, r) -> new Recurring(r.words(), Every.WEEK, null, Bound.END_OF_DAY, weekday(m.group(1)))),
            phrase(
                    "(?:định kỳ )?hằng (tuần|tháng|quý|năm)",
                    (m, r) -> new Recurring(r.words(), every(m.group(1)), null, Bound.END_OF_DAY, null)),
            phrase("trước (" + DATE + ")", (m, r) -> new OnDay(r.words(), date(m.group(1), r), Bound.BEFORE_DAY)),
            phrase(
                    "(?:(?:trong|đến hết|hết|cuối) )?(?:6|sáu) tháng (đầu|cuối) năm" + YEAR,
                    (m, r) -> half(m.group(1), m.group(2), r)),
            phrase(END_WORDS + "quý (iv|i{1,3}|[1-4])" + YEAR, (m, r) -> quarter(m.group(1), m.group(2), r)),
            phrase(END_WORDS + "tháng (\\d{1,2})" + YEAR, (m, r) -> month(m.group(1), m.group(2), r)),
            phrase(
                    END_WORDS + "năm (\\d{4})",
                    (m, r) -> new EndOf(r.words(), Span.YEAR, LocalDate.of(Integer.parseInt(m.group(1)), 12, 31))),
            phrase(
                    "(?:(?:(?:đến|tới)(?: hết)?|trong|chậm nhất(?: là)?|hạn chót|hết) )?(" + DATE + ")",
                    (m, r) -> new OnDay(r.words(), date(m.group(1), r), Bound.END_OF_DAY)));

    private static final Pattern ONGOING = around("thường xuyên|liên tục|kịp thời|lâu dài");
    private static final Pattern PERIOD =
            around("(?:trong )?(?:giai đoạn|nhiệm kỳ) (?:từ )?(?:năm )?\\d{4} ?(?:-|đến) ?(?:năm )?\\d{4}");

    private final WorkCalendar calendar;
    private final Occurrences occurrences;
    private final Clock clock;

    public DeadlineGrammar(WorkCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.occurrences = new Occurrences(calendar);
        this.clock = clock;
    }

    @Override
    public Deadline parse(String words, DeadlineContext ctx) {
        String kept = DeadlineWords.kept(words);
        String text = DeadlineWords.normalise(words);
        Reading reading = new Reading(
                kept, ctx, LocalDate.now(clock.withZone(VietnameseDates.ZONE)).getYear());
        if (text.isEmpty()) {
            throw new BadInputException(FIELD, "deadline.error.empty");
        }
        try {
            Deadline d = whole(text, reading).orElse(null);
            if (d == null && ctx.received()) {
                d = inside(text, reading);
            }
            if (d == null) {
                throw new BadInputException(FIELD, "deadline.error.unknown", kept);
            }
            checkStart(d, ctx);
            return d;
        } catch (MissingYear e) {
            if (ctx.received()) {
                return new Unrecognised(kept);
            }
            throw new BadInputException(FIELD, "deadline.error.noYear", kept, String.valueOf(reading.thisYear()));
        }
    }

    private static Optional<Deadline> whole(String text, Reading r) {
        for (Phrase p : PHRASES) {
            Matcher m = p.pattern().matcher(text);
            if (m.matches()) {
                return Optional.of(p.read().apply(m, r));
            }
        }
        if (ONGOING.matcher(text).matches()) {
            return Optional.of(new Vague(r.words(), "deadline.vague.ongoing"));
        }
        if (PERIOD.matcher(text).matches()) {
            return Optional.of(new Vague(r.words(), "deadline.vague.period"));
        }
        return Optional.empty();
    }

    /** A received sentence: the phrase found first in it, else vague if it names only a period, else as written. */
    private static Deadline inside(String text, Reading r) {
        Matcher first = null;
        Phrase firstPhrase = null;
        for (Phrase p : PHRASES) {
            Matcher m = around(p.pattern()
                            .pattern()
                            .substring(1, p.pattern().pattern().length() - 1))
                    .matcher(text);
            if (m.find() && (first == null || m.start() < first.start())) {
                first = m;
                firstPhrase = p;
            }
        }
        if (first != null) {
            return firstPhrase.read().apply(first, r);
        }
        if (PERIOD.matcher(text).find()) {
            return new Vague(r.words(), "deadline.vague.period");
        }
        if (ONGOING.matcher(text).find()) {
            return new Vague(r.words(), "deadline.vague.ongoing");
        }
        return new Unrecognised(r.words());
    }

    private static void checkStart(Deadline d, DeadlineContext ctx) {
        if (ctx.startOn() == null) {
            return;
        }
        LocalDate lastDay = null;
        if (d instanceof OnDay o) {
            lastDay = o.bound() == Bound.BEFORE_DAY ? o.day().minusDays(1) : o.day();
        } else if (d instanceof EndOf e) {
            lastDay = e.lastDay();
        }
        if (lastDay != null && lastDay.isBefore(ctx.startOn())) {
            throw new BadInputException(
                    FIELD, "deadline.error.beforeStart", d.words(), VietnameseDates.format(ctx.startOn()));
        }
    }

    @Override
    public Optional<Instant> dueAt(Deadline d, DeadlineContext ctx) {
        if (d instanceof OnDay o) {
            return Optional.of(Occurrences.dueAt(o.day(), o.bound()));
        }
        if (d instanceof EndOf e) {
            return Optional.of(Occurrences.dueAt(e.lastDay(), Bound.END_OF_DAY));
        }
        if (d instanceof WorkingDays w) {
            return countedFrom(w, ctx)
                    .map(from -> Occurrences.dueAt(calendar.addWorkingDays(from, w.days()), Bound.END_OF_DAY));
        }
        if (d instanceof Recurring r) {
            return firstOccurrence(r, ctx);
        }
        return Optional.empty();
    }

    private Optional<Instant> firstOccurrence(Recurring r, DeadlineContext ctx) {
        LocalDate from = ctx.startOn() != null ? ctx.startOn() : ctx.anchor();
        if (from == null) {
            return Optional.empty();
        }
        LocalDate to = ctx.endOn() != null ? ctx.endOn() : from.plusYears(1);
        return occurrences(r, from, to).stream().findFirst().map(Occurrence::dueAt);
    }

    @Override
    public List<Occurrence> occurrences(Recurring d, LocalDate from, LocalDate to) {
        return occurrences.between(d, from, to);
    }

    @Override
    public List<FieldProblem> warnings(Deadline d, DeadlineContext ctx) {
        List<FieldProblem> warnings = new ArrayList<>();
        if (d instanceof WorkingDays w) {
            countedFrom(w, ctx).ifPresent(from -> {
                LocalDate last = calendar.addWorkingDays(from, w.days());
                for (int y = from.getYear(); y <= last.getYear(); y++) {
                    if (!calendar.complete(y)) {
                        warnings.add(new FieldProblem(FIELD, "calendar.warning.incomplete", String.valueOf(y)));
                    }
                }
            });
        }
        return warnings;
    }

    private static Optional<LocalDate> countedFrom(WorkingDays w, DeadlineContext ctx) {
        return Optional.ofNullable(w.from() != null ? w.from() : ctx.anchor());
    }

    private static Phrase phrase(String regex, BiFunction<Matcher, Reading, Deadline> read) {
        return new Phrase(Pattern.compile("^" + regex + "$"), read);
    }

    /** The phrase as a whole within a sentence: not inside a longer word or number. */
    private static Pattern around(String regex) {
        return Pattern.compile("(?<![\\p{L}\\d])(?:" + regex + ")(?![\\p{L}\\d])");
    }

    private static LocalDate workingFrom(String from, Reading r) {
        return from == null || !DATE_PARTS.matcher(from).matches() ? null : date(from, r);
    }

    private static LocalDate date(String text, Reading r) {
        Matcher m = DATE_PARTS.matcher(text);
        if (!m.matches()) {
            throw new BadInputException(FIELD, "deadline.error.unknown", r.words());
        }
        int year = m.group(3) != null ? Integer.parseInt(m.group(3)) : year(r);
        String written = m.group(1) + "/" + m.group(2) + "/" + year;
        try {
            return LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
            throw new BadInputException(FIELD, "deadline.error.noSuchDay", written);
        }
    }

    private static int dayOfMonth(String day, Reading r) {
        int d = Integer.parseInt(day);
        if (d < 1 || d > 31) {
            throw new BadInputException(FIELD, "deadline.error.noSuchDayOfMonth", day);
        }
        return d;
    }

    private static EndOf quarter(String q, String year, Reading r) {
        int n = QUARTERS.getOrDefault(q, q.matches("\\d") ? Integer.parseInt(q) : 0);
        int y = year != null ? Integer.parseInt(year) : year(r);
        return new EndOf(r.words(), Span.QUARTER, YearMonth.of(y, n * 3).atEndOfMonth());
    }

    private static EndOf month(String month, String year, Reading r) {
        int m = Integer.parseInt(month);
        if (m < 1 || m > 12) {
            throw new BadInputException(FIELD, "deadline.error.noSuchMonth", month);
        }
        int y = year != null ? Integer.parseInt(year) : year(r);
        return new EndOf(r.words(), Span.MONTH, YearMonth.of(y, m).atEndOfMonth());
    }

    private static EndOf half(String which, String year, Reading r) {
        int y = year != null ? Integer.parseInt(year) : year(r);
        return new EndOf(r.words(), Span.HALF, "đầu".equals(which) ? LocalDate.of(y, 6, 30) : LocalDate.of(y, 12, 31));
    }

    private static int year(Reading r) {
        if (r.ctx().defaultYear() == null) {
            throw new MissingYear();
        }
        return r.ctx().defaultYear();
    }

    private static Every every(String word) {
        return switch (word) {
            case "tuần" -> Every.WEEK;
            case "tháng" -> Every.MONTH;
            case "quý" -> Every.QUARTER;
            default -> Every.YEAR;
        };
    }

    private static DayOfWeek weekday(String word) {
        return word.matches("\\d") ? DayOfWeek.of(Integer.parseInt(word) - 1) : WEEKDAYS.get(word);
    }

    /** A quarter, month or day written without its year, in a context that gives none. */
    private static final class MissingYear extends RuntimeException {
        MissingYear() {
            super(null, null, false, false);
        }
    }
}
