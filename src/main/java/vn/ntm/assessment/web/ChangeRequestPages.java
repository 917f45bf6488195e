package vn.ntm.assessment.web;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ntm.assessment.changes.ChangeApprovals;
import vn.ntm.assessment.changes.ChangeRequests;
import vn.ntm.audit.AuditText;
import vn.ntm.criteria.Catalog;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.Indicator;
import vn.ntm.errors.NotFoundException;
import vn.ntm.errors.ProblemException;
import vn.ntm.scope.CurrentScope;
import vn.ntm.text.Messages;
import vn.ntm.unit.Units;

/**
 * The commune leader's list of changes asked for after entry closed: what each would write, why and who asked,
 * with approve or reject and a note. Approving writes the value through the ordinary save, so it is judged and
 * audited like any other.
 */
@Controller
class ChangeRequestPages {

    private final ChangeRequests requests;
    private final ChangeApprovals approvals;
    private final Catalog catalog;
    private final Units units;
    private final CurrentScope scope;
    private final Messages messages;
    private final AuditText trail;

    ChangeRequestPages(
            ChangeRequests requests,
            ChangeApprovals approvals,
            Catalog catalog,
            Units units,
            CurrentScope scope,
            Messages messages,
            AuditText trail) {
        this.trail = trail;
        this.requests = requests;
        this.approvals = approvals;
        this.catalog = catalog;
        this.units = units;
        this.scope = scope;
        this.messages = messages;
    }

    /**
     * A pending request as listed: the set's code and the indicator it would change; whether the caller may approve
     * it, and if not, why (their own request, a leader of the commune approves...), and whether they may reject it.
     */
    record Line(
            ChangeRequests.Request request,
            String setCode,
            String indicatorCode,
            String indicatorText,
            boolean approvable,
            String whyNot,
            boolean rejectable) {}

    /** The caller's own unit. */
    @GetMapping("/change-requests")
    String mine() {
        Long unit = scope.unitId();
        if (unit == null) {
            throw new NotFoundException("unit", "entry.noUnit");
        }
        return "redirect:/change-requests/" + unit;
    }

    @GetMapping("/change-requests/{unit}")
    String page(@PathVariable long unit, Model model, Locale locale) {
        List<Line> lines =
                requests.pending(unit).stream().map(r -> line(r, locale)).toList();
        model.addAttribute("unit", units.get(unit));
        model.addAttribute("lines", lines);
        model.addAttribute("history", trail.lines(requests.history(unit), AuditText.ValueWords.NONE));
        return "assessment/change-requests";
    }

    @PostMapping("/change-requests/{unit}/{id}")
    String decide(
            @PathVariable long unit,
            @PathVariable long id,
            @RequestParam String action,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        String trimmed = note == null || note.isBlank() ? null : note.trim();
        try {
            if ("approve".equals(action)) {
                approvals.approve(id, trimmed);
                redirect.addFlashAttribute("saved", messages.get("entry.requests.approved", id));
            } else {
                approvals.reject(id, trimmed);
                redirect.addFlashAttribute("saved", messages.get("entry.requests.rejected", id));
            }
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", messages.get(e.messageKey(), e.args()));
        }
        return "redirect:/change-requests/" + unit;
    }

    private Line line(ChangeRequests.Request r, Locale locale) {
        CriteriaSet set = catalog.set(r.setId());
        Indicator indicator = set.indicators()
                .filter(i -> i.id() == r.indicatorId())
                .findFirst()
                .orElseThrow();
        var refusal = approvals.approvalRefusal(r);
        boolean rejectable = approvals.rejectable(r);
        return new Line(
                r,
                set.code(),
                indicator.code(),
                indicator.text(locale),
                refusal.isEmpty(),
                refusal.filter(k -> rejectable)
                        .map(k -> messages.get(k, r.requestedBy()))
                        .orElse(null),
                rejectable);
    }
}
