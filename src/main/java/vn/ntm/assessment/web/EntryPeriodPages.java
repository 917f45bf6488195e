package vn.ntm.assessment.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ntm.assessment.periods.DefaultPeriods;
import vn.ntm.assessment.periods.EntryPeriods;
import vn.ntm.assessment.periods.YearSwitch;
import vn.ntm.audit.AuditText;
import vn.ntm.criteria.Catalog;
import vn.ntm.errors.ProblemException;
import vn.ntm.text.Messages;

/**
 * The province officer's screen to close entry of a set's values for a year (after closing, a commune's change
 * needs its leader's approval) and to open it again, each time with a reason that goes into the audit.
 */
@Controller
class EntryPeriodPages {

    private final EntryPeriods periods;
    private final Catalog catalog;
    private final Messages messages;
    private final AuditText trail;
    private final DefaultPeriods defaults;

    EntryPeriodPages(
            EntryPeriods periods, Catalog catalog, Messages messages, AuditText trail, DefaultPeriods defaults) {
        this.defaults = defaults;
        this.trail = trail;
        this.periods = periods;
        this.catalog = catalog;
        this.messages = messages;
    }

    /** The set and year the one rule chooses over the caller's scope ({@link DefaultPeriods}), saying why. */
    @GetMapping("/entry-periods")
    String latest(RedirectAttributes redirect) {
        DefaultPeriods.Choice choice = defaults.forCallersWork();
        defaults.notice(choice).ifPresent(n -> redirect.addFlashAttribute("defaultNotice", n));
        return "redirect:/entry-periods/" + choice.setCode() + "/" + choice.year();
    }

    @GetMapping("/entry-periods/{set}/{year}")
    String page(@PathVariable String set, @PathVariable int year, Model model) {
        model.addAttribute("set", catalog.set(set));
        model.addAttribute("year", year);
        model.addAttribute(
                "switcher",
                YearSwitch.of(catalog.sets(), set, year, (target, y) -> "/entry-periods/" + target.code() + "/" + y));
        model.addAttribute("manages", periods.callerManages());
        List<EntryPeriods.ProvinceEntry> provinces = periods.manageable(set, year);
        model.addAttribute("provinces", provinces);
        // the page is one set and year: each line names its province instead of repeating set and year
        Map<Long, String> names = provinces.stream()
                .collect(
                        Collectors.toMap(EntryPeriods.ProvinceEntry::provinceUnitId, EntryPeriods.ProvinceEntry::name));
        model.addAttribute(
                "history",
                periods.history(set, year).stream()
                        .map(e -> {
                            AuditText.Line l = trail.line(e, AuditText.ValueWords.NONE);
                            return new AuditText.Line(
                                    l.at(),
                                    l.actor(),
                                    l.action(),
                                    names.getOrDefault(e.unitId(), ""),
                                    l.oldValue(),
                                    l.newValue(),
                                    l.reason());
                        })
                        .toList());
        return "assessment/entry-periods";
    }

    @PostMapping("/entry-periods/{set}/{year}/{province}")
    String change(
            @PathVariable String set,
            @PathVariable int year,
            @PathVariable long province,
            @RequestParam boolean open,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            periods.setOpen(set, province, year, open, reason == null || reason.isBlank() ? null : reason.trim());
            redirect.addFlashAttribute(
                    "saved", messages.get(open ? "entry.opened" : "entry.closed", set, String.valueOf(year)));
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", messages.get(e.messageKey(), e.args()));
        }
        return "redirect:/entry-periods/" + set + "/" + year;
    }
}
