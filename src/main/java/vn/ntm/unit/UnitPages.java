package vn.ntm.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.errors.ProblemException;
import vn.ntm.text.Messages;
import vn.ntm.text.VietnameseDates;

/** The unit tree as it stood on a date, search without diacritics, a unit's history, lineage and attributes. */
@Controller
class UnitPages {

    private final Units units;
    private final UnitAttributes attributes;
    private final Messages messages;
    private final ObjectProvider<PredecessorNotes> predecessorNotes;

    UnitPages(
            Units units,
            UnitAttributes attributes,
            Messages messages,
            ObjectProvider<PredecessorNotes> predecessorNotes) {
        this.predecessorNotes = predecessorNotes;
        this.units = units;
        this.attributes = attributes;
        this.messages = messages;
    }

    @GetMapping("/units")
    String tree(
            @RequestParam(required = false) String date,
            @RequestParam(required = false) Long parent,
            @RequestParam(required = false) String q,
            Model model) {
        LocalDate on = VietnameseDates.parse(date).orElse(units.today());
        if (date != null && !date.isBlank() && VietnameseDates.parse(date).isEmpty()) {
            model.addAttribute("error", messages.get("error.badParameter", "date", date));
        }
        model.addAttribute("dateText", VietnameseDates.format(on));
        model.addAttribute("q", q);
        List<UnitView> path = new ArrayList<>();
        List<UnitView> shown = List.of();
        try {
            if (q != null && !q.isBlank()) {
                shown = units.search(q, on, null, 100);
            } else if (parent != null) {
                UnitView p = units.getOn(parent, on);
                path.addAll(units.ancestors(parent, on));
                Collections.reverse(path);
                path.add(p);
                model.addAttribute("parent", p);
                shown = units.children(parent, on);
            } else {
                shown = topOfScope(on);
            }
        } catch (ProblemException e) {
            model.addAttribute("error", messages.get(e.messageKey(), e.args()));
        }
        model.addAttribute("path", path);
        model.addAttribute("units", shown);
        return "units";
    }

    /** Provinces for national users; otherwise the highest units the user may read on that date. */
    private List<UnitView> topOfScope(LocalDate on) {
        for (UnitLevel level : UnitLevel.values()) {
            List<UnitView> found = units.level(level, on);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    @GetMapping("/units/{id}")
    String unit(@PathVariable long id, Model model) {
        model.addAttribute("unit", units.get(id));
        model.addAttribute("history", units.history(id));
        Lineage lineage = units.lineage(id);
        model.addAttribute("lineage", lineage);
        model.addAttribute("predecessorNotes", notes(lineage.predecessors()));
        model.addAttribute("attributes", attributes.of(id));
        model.addAttribute("valueNames", attributes.valueNames(Messages.currentLocale()));
        return "unit";
    }

    /** What other modules say about each predecessor (its last assessment result), by predecessor id. */
    private Map<Long, List<PredecessorNotes.Note>> notes(List<LineageLink> predecessors) {
        Map<Long, List<PredecessorNotes.Note>> byUnit = new HashMap<>();
        predecessorNotes
                .orderedStream()
                .forEach(source -> source.about(predecessors)
                        .forEach((unitId, note) -> byUnit.computeIfAbsent(unitId, k -> new ArrayList<>())
                                .add(note)));
        return byUnit;
    }
}
