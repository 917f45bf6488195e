package vn.ntm.unit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ntm.audit.AuditEntry;
import vn.ntm.errors.NotFoundException;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.errors.ProblemException;
import vn.ntm.text.Messages;
import vn.ntm.web.FormErrors;

/**
 * The administrator's screens for the mapping rows the latest import left unresolved: the list, and one row with
 * its candidates (searched by name ignoring diacritics) and the decision form. The rules stay in
 * {@link MappingResolutions}.
 */
@Controller
class MappingResolutionPages {

    /** The decision as typed: {@code choice} UNITS or NO_LIST; {@code version} of the decision being changed. */
    public record DecisionFields(String choice, Long oldUnitId, Long newUnitId, String reason, Integer version) {

        boolean noList() {
            return "NO_LIST".equals(choice);
        }
    }

    /** One line of a decision's history, in words. */
    public record HistoryLine(String at, String actor, String text, String reason) {}

    private static final List<String> FIELDS = List.of("oldUnitId", "newUnitId", "reason", "choice");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final MappingResolutions resolutions;
    private final Messages messages;
    private final Clock clock;

    MappingResolutionPages(MappingResolutions resolutions, Messages messages, Clock clock) {
        this.resolutions = resolutions;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/units/mapping")
    String list(Model model) {
        resolutions.overview().ifPresent(o -> {
            model.addAttribute("overview", o);
            model.addAttribute("importedAt", time(o.importedAt()));
        });
        return "admin/mapping-rows";
    }

    @GetMapping("/admin/units/mapping/{rowKey}")
    String row(
            @PathVariable String rowKey,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String nq,
            Model model) {
        MappingResolutions.RowView row = resolutions.row(checked(rowKey));
        MappingResolutions.Decided d = row.decision();
        DecisionFields fields = d != null
                ? new DecisionFields(
                        d.inNoList() ? "NO_LIST" : "UNITS",
                        d.oldChosen() == null ? null : d.oldChosen().id(),
                        d.newChosen() == null ? null : d.newChosen().id(),
                        d.reason(),
                        d.version())
                : new DecisionFields(
                        "UNITS",
                        row.oldFound() == null ? null : row.oldFound().id(),
                        row.newFound() == null ? null : row.newFound().id(),
                        "",
                        null);
        return rowPage(row, fields, q, nq, model);
    }

    @PostMapping("/admin/units/mapping/{rowKey}")
    String decide(@PathVariable String rowKey, DecisionFields fields, Model model, RedirectAttributes redirect) {
        MappingResolutions.RowView row = resolutions.row(checked(rowKey));
        try {
            MappingResolutions.RowView saved = resolutions.resolve(
                    rowKey,
                    new MappingResolutions.Decision(
                            fields.noList() ? null : fields.oldUnitId(),
                            fields.noList() ? null : fields.newUnitId(),
                            fields.noList(),
                            fields.reason(),
                            fields.version()));
            redirect.addFlashAttribute("notice", messages.get("mappingRow.saved", String.valueOf(saved.rowNo())));
            return "redirect:/admin/units/mapping#r" + saved.rowNo();
        } catch (OutOfScopeException e) {
            throw e;
        } catch (ProblemException e) {
            model.addAttribute("errors", FormErrors.of(e, messages, FIELDS));
            return rowPage(resolutions.row(rowKey), fields, null, null, model);
        }
    }

    private String rowPage(MappingResolutions.RowView row, DecisionFields fields, String q, String nq, Model model) {
        model.addAttribute("view", row);
        model.addAttribute("fields", fields);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("nq", nq == null ? "" : nq);
        MappingResolutions.Decided d = row.decision();
        model.addAttribute(
                "oldCandidates",
                withChosen(
                        resolutions.oldCandidates(row, q),
                        fields.oldUnitId(),
                        row.oldFound(),
                        d == null ? null : d.oldChosen()));
        boolean newNeeded = row.newFound() == null || (nq != null && !nq.isBlank());
        model.addAttribute(
                "newCandidates",
                newNeeded
                        ? withChosen(
                                resolutions.newCandidates(row, nq),
                                fields.newUnitId(),
                                row.newFound(),
                                d == null ? null : d.newChosen())
                        : List.of(row.newFound()));
        model.addAttribute("noList", fields.noList());
        model.addAttribute("dayBefore", row.effective().minusDays(1));
        model.addAttribute("effective", row.effective());
        if (row.decision() != null) {
            model.addAttribute("decidedAt", time(row.decision().at()));
            model.addAttribute(
                    "history",
                    resolutions.history(row.decision()).stream().map(this::line).toList());
        }
        return "admin/mapping-row";
    }

    /** The unit already chosen or found stays among the choices, whatever the search shows. */
    private static List<MappingResolutions.Candidate> withChosen(
            List<MappingResolutions.Candidate> found, Long chosenId, MappingResolutions.Candidate... known) {
        List<MappingResolutions.Candidate> all = new ArrayList<>();
        for (MappingResolutions.Candidate k : known) {
            if (k != null && Objects.equals(k.id(), chosenId) && found.stream().noneMatch(c -> c.id() == k.id())) {
                all.add(k);
            }
        }
        all.addAll(found);
        return all;
    }

    private HistoryLine line(AuditEntry e) {
        String label = messages.get("mappingRow.field." + e.field());
        String value = "inNoList".equals(e.field())
                ? messages.get("true".equals(e.newValue()) ? "mappingRow.noList" : "mappingRow.choiceUnits")
                : Objects.toString(e.newValue(), "—");
        String before = e.oldValue() == null
                ? ""
                : ("inNoList".equals(e.field())
                                ? messages.get(
                                        "true".equals(e.oldValue()) ? "mappingRow.noList" : "mappingRow.choiceUnits")
                                : e.oldValue())
                        + " → ";
        return new HistoryLine(time(e.at()), e.actor(), label + ": " + before + value, e.reason());
    }

    private String time(OffsetDateTime at) {
        return at.atZoneSameInstant(clock.getZone()).format(DAY_TIME);
    }

    private static String checked(String rowKey) {
        if (rowKey == null || !rowKey.matches("[0-9a-f]{64}")) {
            throw new NotFoundException("row", "mapping.resolution.rowNotFound");
        }
        return rowKey;
    }
}
