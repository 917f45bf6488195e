package vn.ntm.plan.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.FieldProblem;
import vn.ntm.plan.deadline.Deadline;
import vn.ntm.plan.deadline.DeadlineContext;
import vn.ntm.plan.deadline.Deadlines;
import vn.ntm.text.Messages;
import vn.ntm.text.VietnameseDates;

/**
 * The live reading of a deadline field while it is typed (htmx): "Hạn: trước 00:00 ngày 25/04/2026", or why the
 * words are not a deadline, or the refusal as saving would give it, with the calendar's warnings.
 */
@Controller
class DeadlineFragments {

    private final Deadlines deadlines;
    private final Messages messages;

    DeadlineFragments(Deadlines deadlines, Messages messages) {
        this.deadlines = deadlines;
        this.messages = messages;
    }

    @GetMapping("/deadlines/read")
    String read(
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String anchor,
            @RequestParam(required = false) Integer year,
            Model model) {
        List<String> lines = new ArrayList<>();
        String error = null;
        try {
            LocalDate from = anchor == null || anchor.isBlank()
                    ? null
                    : VietnameseDates.parse(anchor)
                            .orElseThrow(() -> new BadInputException("anchor", "deadline.error.noSuchDay", anchor));
            DeadlineContext ctx = new DeadlineContext(year, from, null, null, false);
            Deadline d = deadlines.parse(text, ctx);
            lines.add(reading(d, deadlines.dueAt(d, ctx)));
            for (FieldProblem w : deadlines.warnings(d, ctx)) {
                lines.add(messages.get(w.messageKey(), w.args()));
            }
        } catch (BadInputException e) {
            error = messages.get(e.messageKey(), e.args());
        }
        model.addAttribute("lines", lines);
        model.addAttribute("error", error);
        return "plans/deadline-reading :: reading";
    }

    private String reading(Deadline d, Optional<Instant> due) {
        if (d instanceof Deadline.Vague v) {
            return messages.get("deadline.reading.noDue", messages.get(v.why()));
        }
        if (d instanceof Deadline.Unrecognised) {
            return messages.get("deadline.reading.unrecognised");
        }
        if (due.isEmpty()) {
            return messages.get(
                    d instanceof Deadline.Recurring ? "deadline.reading.recurring" : "deadline.reading.fromIssue");
        }
        String moment = moment(due.get());
        return d instanceof Deadline.Recurring
                ? messages.get("deadline.reading.schedule", moment)
                : messages.get("deadline.reading.due", moment);
    }

    /** "00:00 ngày 25/04/2026" for a day's beginning, which is the end of the day before: "24:00 ngày 24/04/2026". */
    private String moment(Instant due) {
        LocalDate day = due.atZone(VietnameseDates.ZONE).toLocalDate();
        return messages.get(
                "deadline.reading.midnight", VietnameseDates.format(day.minusDays(1)), VietnameseDates.format(day));
    }
}
