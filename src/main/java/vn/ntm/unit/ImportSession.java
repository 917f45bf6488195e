package vn.ntm.unit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.ntm.files.StoredFiles;
import vn.ntm.imports.ImportIssue;
import vn.ntm.imports.ImportMode;

/** One run of an import: the file, the mode, the counts as they grow, the time taken. */
final class ImportSession {

    final String kind;
    final String fileName;
    final String sha256;
    final ImportMode mode;
    final LocalDate effective;
    final Instant started = Instant.now();
    final Map<String, Integer> counts = new LinkedHashMap<>();
    final List<ImportReport.RuleCount> rules = new ArrayList<>();
    /** Said after the outcome, e.g. how many rows wait for an administrator. */
    String afterOutcome = "";

    ImportSession(String kind, String fileName, byte[] content, ImportMode mode, LocalDate effective) {
        this.kind = kind;
        this.fileName = fileName == null || fileName.isBlank() ? "(không tên)" : fileName;
        this.sha256 = StoredFiles.sha256(content);
        this.mode = mode == null ? ImportMode.ALL_OR_NOTHING : mode;
        this.effective = effective;
    }

    void count(String key, int value) {
        counts.put(key, value);
    }

    void add(String key, int delta) {
        counts.merge(key, delta, Integer::sum);
    }

    long elapsedMs() {
        return Duration.between(started, Instant.now()).toMillis();
    }

    ImportReport report(ImportReport.Outcome outcome, String message, List<ImportIssue> issues) {
        return new ImportReport(
                kind,
                fileName,
                mode,
                outcome,
                message,
                Collections.unmodifiableMap(new LinkedHashMap<>(counts)),
                List.copyOf(rules),
                List.copyOf(issues),
                elapsedMs());
    }

    String summary() {
        return counts.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
