package vn.ntm.plan.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.errors.BadInputException;
import vn.ntm.plan.deadline.Deadline;
import vn.ntm.plan.deadline.DeadlineContext;
import vn.ntm.plan.deadline.Deadlines;
import vn.ntm.text.Messages;
import vn.ntm.text.VietnameseDates;
import vn.ntm.web.ApiController;

/**
 * How the grammar reads a deadline, for other systems: the reading (as kept in {@code deadline_json}), whether it
 * counts as "rõ tiến độ", the due instant in Vietnam's time and the calendar's warnings. Words not understood: 400.
 */
@ApiController("/api/v1")
@Tag(name = "Hạn / Deadlines")
class DeadlineApi {

    private final Deadlines deadlines;
    private final Messages messages;

    DeadlineApi(Deadlines deadlines, Messages messages) {
        this.deadlines = deadlines;
        this.messages = messages;
    }

    record Reading(Deadline deadline, boolean clear, String dueAt, List<String> warnings) {}

    @GetMapping("/deadlines/parse")
    Reading parse(
            @RequestParam String text,
            @RequestParam(required = false) String anchor,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) boolean received) {
        LocalDate from = anchor == null || anchor.isBlank()
                ? null
                : VietnameseDates.parse(anchor)
                        .orElseThrow(() -> new BadInputException("anchor", "deadline.error.noSuchDay", anchor));
        DeadlineContext ctx = new DeadlineContext(year, from, null, null, received);
        Deadline d = deadlines.parse(text, ctx);
        String due = deadlines.dueAt(d, ctx).map(DeadlineApi::inVietnam).orElse(null);
        List<String> warnings = deadlines.warnings(d, ctx).stream()
                .map(w -> messages.get(w.messageKey(), w.args()))
                .toList();
        return new Reading(d, d.isClear(), due, warnings);
    }

    private static String inVietnam(Instant at) {
        return at.atZone(VietnameseDates.ZONE).toOffsetDateTime().toString();
    }
}
