package vn.ntm.assessment.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ntm.assessment.periods.DefaultPeriods;
import vn.ntm.assessment.periods.YearSwitch;
import vn.ntm.assessment.values.AgencyQueue;
import vn.ntm.assessment.values.Assessments;
import vn.ntm.criteria.Catalog;
import vn.ntm.errors.ProblemException;
import vn.ntm.text.Messages;

/** The agency's checking screen: verify or return (with a reason) each value of the criteria it owns. */
@Controller
class AgencyPages {

    private final AgencyQueue queue;
    private final Assessments assessments;
    private final Catalog catalog;
    private final Messages messages;
    private final DefaultPeriods periods;

    AgencyPages(
            AgencyQueue queue, Assessments assessments, Catalog catalog, Messages messages, DefaultPeriods periods) {
        this.periods = periods;
        this.queue = queue;
        this.assessments = assessments;
        this.catalog = catalog;
        this.messages = messages;
    }

    /** The set and year the one rule chooses over the caller's scope ({@link DefaultPeriods}), saying why. */
    @GetMapping("/agency")
    String latest(RedirectAttributes redirect) {
        DefaultPeriods.Choice choice = periods.forCallersWork();
        periods.notice(choice).ifPresent(n -> redirect.addFlashAttribute("defaultNotice", n));
        return "redirect:/agency/" + choice.setCode() + "/" + choice.year();
    }

    @GetMapping("/agency/{set}/{year}")
    String queue(@PathVariable String set, @PathVariable int year, Model model) {
        model.addAttribute("set", catalog.set(set));
        model.addAttribute("year", year);
        model.addAttribute(
                "switcher",
                YearSwitch.of(catalog.sets(), set, year, (target, y) -> "/agency/" + target.code() + "/" + y));
        model.addAttribute("owner", queue.ownerOfCaller());
        model.addAttribute("items", queue.items(set, year));
        return "assessment/agency";
    }

    @PostMapping("/agency/{set}/{year}/values/{id}")
    String review(
            @PathVariable String set,
            @PathVariable int year,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam String action,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            if ("verify".equals(action)) {
                assessments.verify(id, version);
                redirect.addFlashAttribute("saved", messages.get("agency.verified"));
            } else {
                assessments.returnForRevision(id, version, reason);
                redirect.addFlashAttribute("saved", messages.get("agency.returned"));
            }
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", messages.get(e.messageKey(), e.args()));
        }
        return "redirect:/agency/" + set + "/" + year;
    }
}
