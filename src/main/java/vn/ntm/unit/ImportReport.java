package vn.ntm.unit;

import java.util.List;
import java.util.Map;
import vn.ntm.imports.ImportIssue;
import vn.ntm.imports.ImportMode;

/**
 * What an import found and did. {@code outcome}: APPLIED (changes written), UNCHANGED (the data already held
 * everything in the file), REJECTED (all-or-nothing and some rows broke the format: nothing written).
 * {@code rules}: for a mapping, each rule by which rows were taken (or left) and how many rows, in the order of the
 * rules, labelled in the caller's language. {@code issues}: every row that needed a note, a correction, or could not
 * be taken, with its reason.
 */
public record ImportReport(
        String kind,
        String fileName,
        ImportMode mode,
        Outcome outcome,
        String message,
        Map<String, Integer> counts,
        List<RuleCount> rules,
        List<ImportIssue> issues,
        long durationMs) {

    public enum Outcome {
        APPLIED,
        UNCHANGED,
        REJECTED
    }

    /**
     * One rule of the import: its stable name, its group ({@code row}: the whole row, {@code old} / {@code new}: how
     * the old / new unit was found), its label in the reader's language, and the number of rows it applied to.
     */
    public record RuleCount(String rule, String group, String label, int rows) {}

    public long issueCount(ImportIssue.Severity severity) {
        return issues.stream().filter(i -> i.severity() == severity).count();
    }

    /** The rows left for an administrator to resolve (a mapping's rows whose units could not be identified). */
    public List<ImportIssue> unresolved() {
        return issues.stream()
                .filter(i -> i.severity() == ImportIssue.Severity.UNRESOLVED)
                .toList();
    }
}
