package vn.ntm.criteria;

import java.util.List;
import vn.ntm.errors.FieldProblem;

/**
 * What authoring a list of indicators would do, before anything is written: per draft (in the order given) whether
 * it adds an indicator, changes one (each field old → new), changes nothing, or is refused (each problem by
 * field). {@code version} is the version of the indicator it changes, as read.
 */
public record AuthoringPlan(List<Row> rows) {

    public enum Outcome {
        ADDED,
        CHANGED,
        UNCHANGED,
        REFUSED
    }

    public record FieldChange(String field, String before, String after) {}

    public record Row(
            int index,
            String code,
            Outcome outcome,
            List<FieldChange> changes,
            List<FieldProblem> problems,
            Long indicatorId,
            Integer version) {}

    public AuthoringPlan {
        rows = List.copyOf(rows);
    }

    public long count(Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }
}
