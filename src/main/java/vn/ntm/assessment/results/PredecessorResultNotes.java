package vn.ntm.assessment.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ntm.scope.CurrentScope;
import vn.ntm.text.Messages;
import vn.ntm.unit.LineageLink;
import vn.ntm.unit.PredecessorNotes;
import vn.ntm.unit.UnitLevel;

/**
 * On the unit page of a merged commune, what each former commune last achieved: "đạt 17/19 tiêu chí (2024,
 * NTM-XA-2021-2025)", linking to that year's page, or that it has no stored result. Read from the stored results,
 * only for predecessors the reader may read.
 */
@Component
class PredecessorResultNotes implements PredecessorNotes {

    private final Lineages lineages;
    private final CurrentScope scope;
    private final Messages messages;

    PredecessorResultNotes(Lineages lineages, CurrentScope scope, Messages messages) {
        this.lineages = lineages;
        this.scope = scope;
        this.messages = messages;
    }

    @Override
    public Map<Long, Note> about(List<LineageLink> predecessors) {
        var readable = scope.get();
        Map<Long, Note> notes = new LinkedHashMap<>();
        predecessors.stream()
                .filter(p -> p.level() == UnitLevel.COMMUNE && readable.canRead(p.unitId()))
                .forEach(p -> notes.put(
                        p.unitId(),
                        lineages.lastResult(p.unitId())
                                .map(r -> new Note(
                                        messages.get(
                                                "unitPage.lastResult",
                                                messages.get("assessment.summary", r.metCount(), r.criteriaCount()),
                                                String.valueOf(r.year()),
                                                r.setCode()),
                                        "/assessments/" + p.unitId() + "/" + r.setCode() + "/" + r.year()))
                                .orElse(new Note(messages.get("unitPage.noResult"), "/assessments/" + p.unitId()))));
        return notes;
    }
}
