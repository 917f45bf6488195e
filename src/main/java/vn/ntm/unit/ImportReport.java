package vn.ntm.unit;

import java.util.List;
import java.util.Map;

/**
 * What an import found and did. {@code outcome}: APPLIED (changes written), UNCHANGED (the data already held
 * everything in the file), REJECTED (all-or-nothing and some rows were bad: nothing written).
 */
public record ImportReport(String kind, String fileName, ImportMode mode, Outcome outcome, String message,
                           Map<String, Integer> counts, List<ImportIssue> issues, long durationMs) {

    public enum Outcome {
        APPLIED,
        UNCHANGED,
        REJECTED
    }

    public long issueCount(ImportIssue.Severity severity) {
        return issues.stream().filter(i -> i.severity() == severity).count();
    }
}
