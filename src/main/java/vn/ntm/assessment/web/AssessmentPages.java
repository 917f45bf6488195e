package vn.ntm.assessment.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ntm.assessment.IndicatorStatus;
import vn.ntm.assessment.Results;
import vn.ntm.assessment.Standing;
import vn.ntm.assessment.ValueInput;
import vn.ntm.assessment.evidence.EvidenceFiles;
import vn.ntm.assessment.periods.DefaultPeriods;
import vn.ntm.assessment.periods.YearSwitch;
import vn.ntm.assessment.results.IndicatorTrends;
import vn.ntm.assessment.results.Lineages;
import vn.ntm.assessment.results.SetComparisons;
import vn.ntm.assessment.results.TrendChart;
import vn.ntm.assessment.values.Assessments;
import vn.ntm.audit.AuditText;
import vn.ntm.criteria.Catalog;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.EffectiveKey;
import vn.ntm.errors.BusyException;
import vn.ntm.errors.NotFoundException;
import vn.ntm.errors.ProblemException;
import vn.ntm.text.Messages;
import vn.ntm.text.NumberText;
import vn.ntm.unit.UnitAttribute;
import vn.ntm.unit.UnitAttributes;
import vn.ntm.unit.Units;
import vn.ntm.web.Htmx;

/**
 * First screens of assessments: a unit's year page (standing, criteria grid, what is missing), the entry form of
 * one indicator with its evidence and audit trail. Errors are shown beside the field and what was typed is kept.
 */
@Controller
class AssessmentPages {

    private final Results results;
    private final Assessments assessments;
    private final EvidenceFiles evidence;
    private final Lineages lineages;
    private final SetComparisons comparisons;
    private final Catalog catalog;
    private final Units units;
    private final Messages messages;
    private final NumberText numbers;
    private final IndicatorTrends trends;
    private final AuditText trail;
    private final DefaultPeriods periods;
    private final UnitAttributes attributes;

    AssessmentPages(
            Results results,
            Assessments assessments,
            EvidenceFiles evidence,
            Lineages lineages,
            Catalog catalog,
            Units units,
            Messages messages,
            SetComparisons comparisons,
            NumberText numbers,
            IndicatorTrends trends,
            AuditText trail,
            DefaultPeriods periods,
            UnitAttributes attributes) {
        this.attributes = attributes;
        this.trail = trail;
        this.periods = periods;
        this.trends = trends;
        this.numbers = numbers;
        this.comparisons = comparisons;
        this.results = results;
        this.assessments = assessments;
        this.evidence = evidence;
        this.lineages = lineages;
        this.catalog = catalog;
        this.units = units;
        this.messages = messages;
    }

    /** The region whose thresholds apply, by its name ("Bắc Trung Bộ"), not its code; a group stays its number. */
    private String keyName(Standing standing) {
        boolean region = standing.keyReason() == EffectiveKey.Reason.REGION
                || standing.keyReason() == EffectiveKey.Reason.ESPECIALLY_DIFFICULT;
        if (!region || standing.effectiveKey() == null) {
            return standing.effectiveKey();
        }
        // one query for the region names only (valueNames would read every attribute's)
        return attributes
                .allowedValues(UnitAttribute.REGION, Messages.currentLocale())
                .getOrDefault(standing.effectiveKey(), standing.effectiveKey());
    }

    /**
     * The entry form as typed: bound to this record, never to the stored value. Serializable: a refused save keeps
     * it as a flash attribute in the session, which is in the database and read by whichever instance answers next.
     */
    record ValueForm(
            String value, Boolean notEvaluated, String reason, String note, Integer version, String changeReason)
            implements Serializable {
        ValueInput input() {
            return new ValueInput(value, Boolean.TRUE.equals(notEvaluated), reason, note, version, changeReason);
        }
    }

    /** Opens the year page the one rule chooses ({@link DefaultPeriods}), saying why when it is not the set in force. */
    @GetMapping("/assessments/{unitId}")
    String latest(@PathVariable long unitId, RedirectAttributes redirect) {
        DefaultPeriods.Choice choice = periods.forUnit(units.get(unitId));
        periods.notice(choice).ifPresent(n -> redirect.addFlashAttribute("defaultNotice", n));
        return "redirect:/assessments/" + unitId + "/" + choice.setCode() + "/" + choice.year();
    }

    /** One read-only transaction for the whole page: each service read would otherwise be a transaction of its own. */
    @GetMapping("/assessments/{unitId}/{set}/{year}")
    @Transactional(readOnly = true)
    String year(
            @PathVariable long unitId,
            @PathVariable String set,
            @PathVariable int year,
            @RequestParam(required = false) Integer missingCriterion,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String chart,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Standing standing = results.standing(unitId, set, year);
        model.addAttribute("standing", standing);
        model.addAttribute("keyName", keyName(standing));
        Optional<String> chosen = trends.chosen(standing, chart);
        chosen.ifPresent(code -> {
            IndicatorTrends.Trend trend = trends.of(unitId, set, code);
            model.addAttribute("trend", trend);
            model.addAttribute("trendChart", TrendChart.of(trend));
        });
        model.addAttribute("trendChoices", trends.choices(set));
        // the chosen indicator is kept in the other years, and in another set when it measures it too
        String kept = chart != null && chosen.isPresent() ? chosen.get() : null;
        // read once for the switcher and the page (each read of the sets is a query)
        List<CriteriaSet> sets = catalog.sets();
        model.addAttribute(
                "switcher",
                YearSwitch.of(
                        sets,
                        set,
                        year,
                        units.get(unitId).validity(),
                        (target, y) -> "/assessments/" + unitId + "/" + target.code() + "/" + y
                                + (trends.measures(target.code(), kept) ? "?chart=" + kept : "")));
        if (Htmx.wantsPart(request, response)) {
            return "assessment/year-part";
        }
        missingCriterionNotice(standing, missingCriterion, from).ifPresent(n -> model.addAttribute("notice", n));
        model.addAttribute("sets", sets);
        Lineages.Past past = lineages.past(unitId, set);
        model.addAttribute("predecessors", past.predecessors());
        model.addAttribute("history", past.history());
        return "assessment/year";
    }

    /** The unit's values judged against another set, beside its standing under its own (seed 000). */
    @GetMapping("/assessments/{unitId}/{set}/{year}/review")
    String review(
            @PathVariable long unitId,
            @PathVariable String set,
            @PathVariable int year,
            @RequestParam(required = false) String against,
            Model model) {
        List<CriteriaSet> others =
                catalog.sets().stream().filter(s -> !s.code().equals(set)).toList();
        String other = against != null
                ? against
                : others.isEmpty() ? set : others.get(others.size() - 1).code();
        model.addAttribute("review", comparisons.review(unitId, set, year, other));
        model.addAttribute("others", others);
        // the same review in another year; in the other set itself, the review against this page's set
        model.addAttribute(
                "switcher",
                YearSwitch.of(
                        catalog.sets(),
                        set,
                        year,
                        units.get(unitId).validity(),
                        (target, y) -> "/assessments/" + unitId + "/" + target.code() + "/" + y + "/review?against="
                                + (target.code().equals(other) ? set : other)));
        return "assessment/review";
    }

    @GetMapping("/assessments/{unitId}/{set}/{year}/values/{code}")
    String value(
            @PathVariable long unitId,
            @PathVariable String set,
            @PathVariable int year,
            @PathVariable String code,
            Model model) {
        Standing standing = results.standing(unitId, set, year);
        Standing.IndicatorLine line = line(standing, code);
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    new ValueForm(
                            line.typed(numbers),
                            line.status() == IndicatorStatus.NOT_EVALUATED,
                            line.notEvaluatedReason(),
                            line.note(),
                            line.version(),
                            null));
        }
        model.addAttribute("standing", standing);
        model.addAttribute("line", line);
        if (line.valueId() != null) {
            model.addAttribute("evidence", evidence.list(line.valueId()));
            model.addAttribute("trail", trail.lines(assessments.auditTrail(line.valueId()), AuditText.ValueWords.NONE));
            model.addAttribute(
                    "requestTrail", trail.lines(assessments.requestTrail(line.valueId()), AuditText.ValueWords.NONE));
        }
        return "assessment/value";
    }

    @PostMapping("/assessments/{unitId}/{set}/{year}/values/{code}")
    String save(
            @PathVariable long unitId,
            @PathVariable String set,
            @PathVariable int year,
            @PathVariable String code,
            @ModelAttribute ValueForm form,
            RedirectAttributes redirect) {
        String back = "redirect:/assessments/" + unitId + "/" + set + "/" + year + "/values/" + code;
        try {
            Assessments.Saved saved = assessments.write(unitId, set, year, code, form.input());
            redirect.addFlashAttribute(
                    "saved",
                    saved.pendingRequestId() == null
                            ? messages.get("assessment.page.saved")
                            : messages.get("assessment.page.pending"));
        } catch (ProblemException e) {
            redirect.addFlashAttribute("form", form);
            redirect.addFlashAttribute("error", messages.get(e.messageKey(), e.args()));
            redirect.addFlashAttribute("errorField", e.field());
        } catch (DataAccessException | TransactionException e) {
            // busy: the form keeps what was typed, so the user only presses Lưu again
            redirect.addFlashAttribute("form", form);
            redirect.addFlashAttribute(
                    "error", messages.get(BusyException.orRethrow(e).messageKey()));
        }
        return back;
    }

    @PostMapping("/assessments/{unitId}/{set}/{year}/values/{code}/evidence")
    String upload(
            @PathVariable long unitId,
            @PathVariable String set,
            @PathVariable int year,
            @PathVariable String code,
            @RequestParam long valueId,
            @RequestParam MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        try {
            evidence.upload(valueId, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute(
                    "saved", messages.get("assessment.page.evidenceSaved", file.getOriginalFilename()));
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", messages.get(e.messageKey(), e.args()));
        }
        return "redirect:/assessments/" + unitId + "/" + set + "/" + year + "/values/" + code;
    }

    @PostMapping("/assessments/{unitId}/{set}/{year}/submit")
    String submit(
            @PathVariable long unitId, @PathVariable String set, @PathVariable int year, RedirectAttributes redirect) {
        try {
            int n = assessments.submitAll(unitId, set, year);
            redirect.addFlashAttribute("saved", messages.get("assessment.page.submitted", n));
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", messages.get(e.messageKey(), e.args()));
        }
        return "redirect:/assessments/" + unitId + "/" + set + "/" + year;
    }

    /** Why the switcher opened the year page instead of a criterion's page (see CriterionEntryPages). */
    private Optional<String> missingCriterionNotice(Standing standing, Integer number, String from) {
        if (number == null
                || from == null
                || catalog.sets().stream().noneMatch(s -> s.code().equals(from))) {
            return Optional.empty();
        }
        return catalog.set(from)
                .criterion(number)
                .map(c -> messages.get(
                        "switch.criterionMissing",
                        standing.setCode(),
                        number,
                        c.name(Messages.currentLocale()),
                        from,
                        String.valueOf(standing.year())));
    }

    private static Standing.IndicatorLine line(Standing standing, String code) {
        return standing.criteria().stream()
                .flatMap(c -> c.indicators().stream())
                .filter(l -> l.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new NotFoundException(
                        "indicator", "assessment.error.indicatorUnknown", code, standing.setCode()));
    }
}
