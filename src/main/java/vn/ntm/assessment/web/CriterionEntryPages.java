package vn.ntm.assessment.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.ntm.assessment.IndicatorStatus;
import vn.ntm.assessment.Results;
import vn.ntm.assessment.Standing;
import vn.ntm.assessment.ValueInput;
import vn.ntm.assessment.periods.YearSwitch;
import vn.ntm.assessment.values.Assessments;
import vn.ntm.criteria.Catalog;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.Criterion;
import vn.ntm.errors.ConcurrentEditException;
import vn.ntm.errors.NotFoundException;
import vn.ntm.errors.ProblemException;
import vn.ntm.text.Messages;
import vn.ntm.text.NumberText;
import vn.ntm.unit.Units;
import vn.ntm.web.Htmx;

/**
 * Entry of one criterion: all its indicators on one screen. Only the indicators whose text changed are saved; each
 * refusal is shown beside its indicator with what was typed kept, the others are saved, and the standing at the top
 * is the one after saving. A value someone else changed meanwhile shows both values and lets the user keep theirs
 * (saving over the newer version on purpose) or reload. With htmx the save answers with the standing and the
 * indicators only (the part that changes), without it with the whole page.
 */
@Controller
class CriterionEntryPages {

    private final Results results;
    private final Assessments assessments;
    private final Messages messages;
    private final NumberText numbers;
    private final Catalog catalog;

    private final Units units;

    CriterionEntryPages(
            Results results,
            Assessments assessments,
            Messages messages,
            NumberText numbers,
            Catalog catalog,
            Units units) {
        this.catalog = catalog;
        this.units = units;
        this.results = results;
        this.assessments = assessments;
        this.messages = messages;
        this.numbers = numbers;
    }

    /** One indicator's row as typed, with its error or the newer stored value it clashed with. */
    record Cell(
            Standing.IndicatorLine line,
            String value,
            boolean notEvaluated,
            String reason,
            String note,
            Integer version,
            String error,
            String newerValue,
            String newerNote) {

        /** What the page shows as stored: the form sends it back, so only what the user changed is saved. */
        String original(String stored) {
            return newerValue != null ? newerValue : stored;
        }
    }

    @GetMapping("/assessments/{unitId}/{set}/{year}/criteria/{number}")
    String form(
            @PathVariable long unitId,
            @PathVariable String set,
            @PathVariable int year,
            @PathVariable int number,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Standing standing = results.standing(unitId, set, year);
        Standing.CriterionLine criterion = criterion(standing, number);
        List<Cell> cells = criterion.indicators().stream()
                .map(l -> new Cell(
                        l,
                        shown(l),
                        l.status() == IndicatorStatus.NOT_EVALUATED,
                        l.notEvaluatedReason(),
                        l.note(),
                        l.version(),
                        null,
                        null,
                        null))
                .toList();
        return page(model, standing, criterion, cells, null, Htmx.wantsPart(request, response));
    }

    @PostMapping("/assessments/{unitId}/{set}/{year}/criteria/{number}")
    String save(
            @PathVariable long unitId,
            @PathVariable String set,
            @PathVariable int year,
            @PathVariable int number,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Standing before = results.standing(unitId, set, year);
        Map<String, Cell> typed = new LinkedHashMap<>();
        int saved = 0;
        for (Standing.IndicatorLine line : criterion(before, number).indicators()) {
            String code = line.code();
            Cell cell = new Cell(
                    line,
                    form.get("value_" + code),
                    "true".equals(form.get("ne_" + code)),
                    form.get("reason_" + code),
                    form.get("note_" + code),
                    version(form.get("version_" + code)),
                    null,
                    null,
                    null);
            if (!changed(cell, line, form.get("orig_" + code))) {
                typed.put(code, cell);
                continue;
            }
            try {
                assessments.write(
                        unitId,
                        set,
                        year,
                        code,
                        new ValueInput(
                                cell.value(),
                                cell.notEvaluated(),
                                cell.reason(),
                                cell.note(),
                                cell.version(),
                                form.get("changeReason")));
                saved++;
                typed.put(code, null);
            } catch (ConcurrentEditException e) {
                typed.put(code, clash(cell, unitId, set, year, code, e));
            } catch (ProblemException e) {
                typed.put(code, withError(cell, messages.get(e.messageKey(), e.args())));
            }
        }
        Standing after = results.standing(unitId, set, year);
        Standing.CriterionLine criterion = criterion(after, number);
        List<Cell> cells = new ArrayList<>();
        for (Standing.IndicatorLine line : criterion.indicators()) {
            Cell kept = typed.get(line.code());
            cells.add(
                    kept == null || kept.error() == null
                            ? new Cell(
                                    line,
                                    shown(line),
                                    line.status() == IndicatorStatus.NOT_EVALUATED,
                                    line.notEvaluatedReason(),
                                    line.note(),
                                    line.version(),
                                    null,
                                    null,
                                    null)
                            : new Cell(
                                    line,
                                    kept.value(),
                                    kept.notEvaluated(),
                                    kept.reason(),
                                    kept.note(),
                                    kept.version(),
                                    kept.error(),
                                    kept.newerValue(),
                                    kept.newerNote()));
        }
        boolean refused = cells.stream().anyMatch(c -> c.error() != null);
        model.addAttribute("nothingSaved", saved == 0);
        return page(model, after, criterion, cells, outcome(saved, refused), Htmx.wantsPart(request, response));
    }

    /** What the save did, in one line: a count of saved indicators, or why nothing was saved. */
    private String outcome(int saved, boolean refused) {
        if (saved > 0) {
            return messages.get("entry.saved", saved);
        }
        return messages.get(refused ? "entry.savedNone" : "entry.nothingChanged");
    }

    private String page(
            Model model,
            Standing standing,
            Standing.CriterionLine criterion,
            List<Cell> cells,
            String saved,
            boolean partOnly) {
        model.addAttribute("standing", standing);
        model.addAttribute("criterion", criterion);
        model.addAttribute("cells", cells);
        model.addAttribute(
                "stored",
                cells.stream().collect(Collectors.toMap(c -> c.line().code(), c -> c.original(shown(c.line())))));
        model.addAttribute("saved", saved);
        model.addAttribute(
                "firstError",
                cells.stream()
                        .filter(c -> c.error() != null)
                        .map(c -> c.line().code())
                        .findFirst()
                        .orElse(null));
        if (partOnly) {
            return "assessment/criterion :: entry";
        }
        model.addAttribute(
                "switcher",
                YearSwitch.of(
                        catalog.sets(),
                        standing.setCode(),
                        standing.year(),
                        units.get(standing.unitId()).validity(),
                        (target, year) -> samePlace(standing, criterion.number(), target, year)));
        return "assessment/criterion";
    }

    /**
     * The same criterion in another year or set. Another set numbers its criteria in its own way: it has "the same"
     * criterion only when number and name agree (Quy hoạch is 1 in both); otherwise the year page says why.
     */
    private String samePlace(Standing standing, int number, CriteriaSet target, int year) {
        UriComponentsBuilder path = UriComponentsBuilder.fromPath("/assessments/{u}/{s}/{y}");
        String from = standing.setCode();
        boolean same = from.equals(target.code())
                || catalog.set(from)
                        .criterion(number)
                        .map(Criterion::nameVi)
                        .flatMap(name ->
                                catalog.set(target.code()).criterion(number).filter(c -> name.equals(c.nameVi())))
                        .isPresent();
        if (same) {
            return path.path("/criteria/{n}")
                    .buildAndExpand(standing.unitId(), target.code(), year, number)
                    .encode()
                    .toUriString();
        }
        return path.queryParam("missingCriterion", number)
                .queryParam("from", from)
                .buildAndExpand(standing.unitId(), target.code(), year)
                .encode()
                .toUriString();
    }

    private Cell clash(Cell cell, long unitId, String set, int year, String code, ConcurrentEditException e) {
        Standing.IndicatorLine now = results.standing(unitId, set, year).criteria().stream()
                .flatMap(c -> c.indicators().stream())
                .filter(l -> l.code().equals(code))
                .findFirst()
                .orElseThrow();
        String message = messages.get(e.messageKey(), e.args());
        // the page showed no value: the other person entered the first one, they did not change one
        String note = messages.get(
                Objects.equals(cell.version(), ValueInput.NO_VALUE_SEEN) ? "entry.enteredMeanwhile" : "entry.newer",
                e.args()[2],
                shown(now),
                cell.value());
        return new Cell(
                cell.line(),
                cell.value(),
                cell.notEvaluated(),
                cell.reason(),
                cell.note(),
                now.version(),
                message,
                shown(now),
                note);
    }

    private static Cell withError(Cell cell, String error) {
        return new Cell(
                cell.line(),
                cell.value(),
                cell.notEvaluated(),
                cell.reason(),
                cell.note(),
                cell.version(),
                error,
                null,
                null);
    }

    /** Whether the user changed anything of this indicator compared with what the page showed. */
    private static boolean changed(Cell cell, Standing.IndicatorLine line, String original) {
        boolean wasNotEvaluated = line.status() == IndicatorStatus.NOT_EVALUATED;
        return !same(cell.value(), original)
                || cell.notEvaluated() != wasNotEvaluated
                || cell.notEvaluated() && !same(cell.reason(), line.notEvaluatedReason())
                || !same(cell.note(), line.note());
    }

    private static boolean same(String a, String b) {
        return (a == null ? "" : a.trim()).equals(b == null ? "" : b.trim());
    }

    private String shown(Standing.IndicatorLine line) {
        return line.typed(numbers);
    }

    /** The version the form showed; a blank one means the form showed no stored value. */
    private static Integer version(String text) {
        return text == null || text.isBlank() ? ValueInput.NO_VALUE_SEEN : Integer.valueOf(text.trim());
    }

    private static Standing.CriterionLine criterion(Standing standing, int number) {
        return standing.criteria().stream()
                .filter(c -> c.number() == number)
                .findFirst()
                .orElseThrow(() -> new NotFoundException(
                        "criterion", "entry.criterionNotFound", String.valueOf(number), standing.setCode()));
    }
}
