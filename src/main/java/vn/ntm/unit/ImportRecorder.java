package vn.ntm.unit;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.ntm.audit.AuditLog;
import vn.ntm.audit.Change;
import vn.ntm.imports.ImportIssue;
import vn.ntm.scope.CurrentScope;
import vn.ntm.text.Messages;
import vn.ntm.text.VietnameseDates;

/** Closes an import run: records it, audits what it changed, and builds the report the user reads. */
@Component
class ImportRecorder {

    private final ImportRuns runs;
    private final AuditLog audit;
    private final CurrentScope scope;
    private final Messages messages;
    private final Clock clock;

    ImportRecorder(ImportRuns runs, AuditLog audit, CurrentScope scope, Messages messages, Clock clock) {
        this.runs = runs;
        this.audit = audit;
        this.scope = scope;
        this.messages = messages;
        this.clock = clock;
    }

    long reserveId() {
        return runs.nextId();
    }

    ImportReport applied(ImportSession session, long importId, List<ImportIssue> issues) {
        String message = messages.get("import.outcome.applied", readable(session)) + session.afterOutcome;
        record(session, importId, ImportReport.Outcome.APPLIED);
        audit.record(Change.of("IMPORT", "unit_import", importId, null)
                .field("file", null, session.fileName + " (" + session.kind + ")")
                .field("result", null, session.summary()));
        return session.report(ImportReport.Outcome.APPLIED, message, issues);
    }

    ImportReport unchanged(ImportSession session, List<ImportIssue> issues) {
        return unchanged(session, runs.nextId(), issues);
    }

    /** Recorded under {@code id}, reserved by the caller to store more about the run. */
    ImportReport unchanged(ImportSession session, long id, List<ImportIssue> issues) {
        String when = runs.earlierRun(session.kind, session.sha256)
                .map(r -> messages.get(
                        "import.outcome.unchangedSince", VietnameseDates.dayOf(r.startedAt()), r.importedBy()))
                .orElse("");
        record(session, id, ImportReport.Outcome.UNCHANGED);
        return session.report(
                ImportReport.Outcome.UNCHANGED,
                messages.get("import.outcome.unchanged", when) + session.afterOutcome,
                issues);
    }

    ImportReport rejected(ImportSession session, List<ImportIssue> issues) {
        long blocking =
                issues.stream().filter(i -> i.severity().blocksAllOrNothing()).count();
        record(session, runs.nextId(), ImportReport.Outcome.REJECTED);
        return session.report(ImportReport.Outcome.REJECTED, messages.get("import.outcome.rejected", blocking), issues);
    }

    /**
     * The counts in words ("63 tỉnh, 704 huyện…"; the rules are listed apart); the run's record keeps them as
     * {@code key=value}.
     */
    private String readable(ImportSession session) {
        return session.counts.entrySet().stream()
                .filter(e -> !e.getKey().startsWith("rule."))
                .map(e -> messages.get("import.count." + e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private void record(ImportSession session, long id, ImportReport.Outcome outcome) {
        runs.record(
                id,
                session.kind,
                session.fileName,
                session.sha256,
                session.effective,
                session.mode,
                outcome,
                session.summary(),
                scope.username(),
                session.started,
                session.elapsedMs());
    }
}
