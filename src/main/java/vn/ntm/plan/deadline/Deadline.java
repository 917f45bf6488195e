package vn.ntm.plan.deadline;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A deadline as it was written and as the grammar read it. The words are kept for printing; the reading judges.
 * Kept as JSON with the record's simple name ({@link DeadlineJson}), as the documents keep their blocks.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "deadline")
@JsonSubTypes({
    @JsonSubTypes.Type(Deadline.OnDay.class),
    @JsonSubTypes.Type(Deadline.EndOf.class),
    @JsonSubTypes.Type(Deadline.WorkingDays.class),
    @JsonSubTypes.Type(Deadline.Recurring.class),
    @JsonSubTypes.Type(Deadline.Vague.class),
    @JsonSubTypes.Type(Deadline.Unrecognised.class)
})
public sealed interface Deadline {

    /** As written, kept for printing. */
    String words();

    /** Whether it counts as "rõ tiến độ": a day, an end of period, N working days or a schedule. */
    @JsonIgnore
    default boolean isClear() {
        return !(this instanceof Vague || this instanceof Unrecognised);
    }

    /** "trước ngày X": due when day X begins; "đến ngày X": due when day X ends (24:00). */
    enum Bound {
        BEFORE_DAY,
        END_OF_DAY
    }

    enum Span {
        YEAR,
        HALF,
        QUARTER,
        MONTH
    }

    enum Every {
        WEEK,
        MONTH,
        QUARTER,
        YEAR
    }

    record OnDay(String words, LocalDate day, Bound bound) implements Deadline {}

    /** "cuối năm 2024", "quý II năm 2024", "tháng 6/2024": due at the end of {@code lastDay}. */
    record EndOf(String words, Span span, LocalDate lastDay) implements Deadline {}

    /** "trong 5 ngày làm việc": counted from {@code from}, or from the anchor (the issue day) when null. */
    record WorkingDays(String words, int days, LocalDate from) implements Deadline {}

    /** "hằng tuần", "trước ngày 20 hằng tháng", "thứ sáu hằng tuần": a schedule, each period judged alone. */
    record Recurring(String words, Every every, Integer dayOfMonth, Bound bound, DayOfWeek weekday)
            implements Deadline {}

    /** "thường xuyên", "trong giai đoạn 2026 - 2030": not a deadline. {@code why}: a message key saying so. */
    record Vague(String words, String why) implements Deadline {}

    /** A received text no phrase of the grammar was found in: kept as written, never judged. */
    record Unrecognised(String words) implements Deadline {}
}
