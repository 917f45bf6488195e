package vn.ntm.plan.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.ntm.errors.FieldProblem;

/** Reads deadlines from their words and judges them, in Vietnam's time, on the working-day calendar. */
public interface Deadlines {

    /** The reading of the words; {@code BadInputException} (field "deadline") when not understood. */
    Deadline parse(String words, DeadlineContext ctx);

    /** The first or only due instant; empty for a vague one, or a schedule or count with nothing to start from. */
    Optional<Instant> dueAt(Deadline d, DeadlineContext ctx);

    /** A schedule's periods whose deadline day falls from {@code from} to {@code to}, both included. */
    List<Occurrence> occurrences(Deadline.Recurring d, LocalDate from, LocalDate to);

    /**
     * What the user should know about a judged deadline: a count of working days across a year of the calendar not
     * entered in full ({@code calendar.warning.incomplete}, the year as argument). Shown, never refused.
     */
    List<FieldProblem> warnings(Deadline d, DeadlineContext ctx);

    /** {@code periodKey}: "2026-W14", "2026-04", "2026-Q2", "2026". */
    record Occurrence(String periodKey, Instant dueAt) {}
}
