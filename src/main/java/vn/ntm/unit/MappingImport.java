package vn.ntm.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.imports.ImportIssue;
import vn.ntm.imports.ImportMode;
import vn.ntm.scope.CurrentScope;
import vn.ntm.scope.Permissions;
import vn.ntm.text.Messages;
import vn.ntm.unit.MappingCandidates.Commune;
import vn.ntm.unit.MappingMatcher.Found;

/**
 * Imports the old commune → new commune mapping of a restructuring as lineage. Each row is taken by the first
 * {@link MappingRule} that identifies both its communes without a choice between candidates; a row an
 * administrator decided ({@link MappingResolutions}) is taken as decided. An old commune that went to several new
 * ones is linked as PART of each; province lineage follows from the communes.
 *
 * <p>"All or nothing" for a mapping: a file that cannot be read, or a row that breaks the format (a code that is no
 * commune code, no new commune), stops the import and nothing is written. A well-formed row whose communes cannot
 * be identified is not an error of the file: it is reported with its reason, kept for an administrator to resolve,
 * and the other rows are written. Re-importing the same file writes nothing and says so.
 */
@Service
public class MappingImport {

    static final String KIND = "UNIT_MAPPING";

    private final MappingCandidates candidates;
    private final MappingLineage lineage;
    private final MappingOpenRows openRows;
    private final MappingResolutionStore resolutions;
    private final ImportRecorder recorder;
    private final Messages messages;
    private final CurrentScope scope;

    MappingImport(
            MappingCandidates candidates,
            MappingLineage lineage,
            MappingOpenRows openRows,
            MappingResolutionStore resolutions,
            ImportRecorder recorder,
            Messages messages,
            CurrentScope scope) {
        this.candidates = candidates;
        this.lineage = lineage;
        this.openRows = openRows;
        this.resolutions = resolutions;
        this.recorder = recorder;
        this.messages = messages;
        this.scope = scope;
    }

    @Transactional
    public ImportReport importMapping(
            String fileName, byte[] content, LocalDate effective, String legalBasis, ImportMode mode) {
        if (!Permissions.mayImportUnits(scope.actor())) {
            throw new OutOfScopeException("error.import.adminOnly");
        }
        if (effective == null) {
            throw new BadInputException("effective", "error.import.effectiveRequired");
        }
        List<MappingRow> rows = MappingFile.read(fileName, content);
        ImportSession session = new ImportSession(KIND, fileName, content, mode, effective);
        MappingMatcher matcher = new MappingMatcher(candidates.load(effective));
        if (!matcher.hasUnitsAround()) {
            throw new BadInputException("effective", "error.mapping.noUnitsAround", effective.minusDays(1), effective);
        }
        Pass pass = new Pass(matcher, resolutions.byKey(effective));
        rows.forEach(pass::take);
        pass.count(session, rows.size());
        if (session.mode == ImportMode.ALL_OR_NOTHING && pass.errors > 0) {
            return recorder.rejected(session, pass.issues);
        }
        long importId = recorder.reserveId();
        MappingLineage.Written written =
                lineage.write(effective, pass.links, pass.provinceOf, legalBasis, importId, null);
        session.count("lineageWritten", written.communeLinks());
        session.count("provinceLineageWritten", written.provinceLinks());
        session.count("kindsCorrected", written.kindsCorrected());
        session.count("lineageWhole", written.whole());
        session.count("lineagePart", written.part());
        session.count("provinceLinks", written.provincePairs());
        if (!pass.open.isEmpty()) {
            session.afterOutcome = " " + messages.get("mapping.outcome.openRows", pass.open.size());
        }
        ImportReport report = written.changes() == 0
                ? recorder.unchanged(session, importId, pass.issues)
                : recorder.applied(session, importId, pass.issues);
        openRows.store(importId, pass.open);
        return report;
    }

    /** One pass over the rows: what each row gives, the counts by rule, the rows left open. */
    private final class Pass {

        private final MappingMatcher matcher;
        private final Map<String, MappingResolution> decided;
        private final Map<String, Integer> seenRows = new HashMap<>();
        private final Set<MappingLineage.Link> links = new LinkedHashSet<>();
        private final Map<Long, Long> provinceOf = new HashMap<>();
        private final Map<MappingRule, Integer> byRule = new EnumMap<>(MappingRule.class);
        private final List<ImportIssue> issues = new ArrayList<>();
        private final List<MappingOpenRows.OpenRow> open = new ArrayList<>();
        private int linked;
        private int errors;

        Pass(MappingMatcher matcher, Map<String, MappingResolution> decided) {
            this.matcher = matcher;
            this.decided = decided;
        }

        void take(MappingRow r) {
            Integer earlier = seenRows.putIfAbsent(r.identity(), r.row());
            if (earlier != null) {
                tally(MappingRule.EXACT_DUPLICATE);
                issues.add(issue(
                        r,
                        ImportIssue.Severity.DUPLICATE,
                        messages.get("mapping.issue.exactDuplicate", String.valueOf(earlier))));
                return;
            }
            MappingMatcher.Text error = matcher.formatError(r);
            if (error != null) {
                errors++;
                issues.add(issue(r, ImportIssue.Severity.ERROR, text(error)));
                return;
            }
            MappingResolution decision = decided.get(r.key());
            if (decision != null) {
                takeDecision(r, decision);
                return;
            }
            Found old = matcher.old(r);
            Found successor = matcher.successor(r);
            if (!old.found() || !successor.found()) {
                String reason = String.join(
                        " ",
                        Stream.of(old.failure(), successor.failure())
                                .filter(Objects::nonNull)
                                .map(this::text)
                                .toList());
                issues.add(issue(r, ImportIssue.Severity.UNRESOLVED, reason));
                MappingMatcher.Text stored = old.failure() != null ? old.failure() : successor.failure();
                if (old.failure() != null && successor.failure() != null) {
                    stored = MappingMatcher.Text.of(
                            "mapping.unresolved.bothSides", text(old.failure()), text(successor.failure()));
                }
                open.add(new MappingOpenRows.OpenRow(
                        r,
                        old.found() ? old.unit().id() : null,
                        successor.found() ? successor.unit().id() : null,
                        stored));
                return;
            }
            tally(old.rule());
            tally(successor.rule());
            String notes = String.join(
                    " ",
                    Stream.of(old.note(), successor.note())
                            .filter(Objects::nonNull)
                            .map(this::text)
                            .toList());
            if (!notes.isEmpty()) {
                issues.add(issue(r, ImportIssue.Severity.RESOLVED, notes));
            }
            link(old.unit(), successor.unit());
        }

        private void takeDecision(MappingRow r, MappingResolution decision) {
            if (decision.inNoList()) {
                tally(MappingRule.ADMIN_IN_NO_LIST);
                issues.add(issue(
                        r,
                        ImportIssue.Severity.RESOLVED,
                        messages.get(
                                "mapping.issue.decidedInNoList",
                                decision.resolvedBy(),
                                decision.resolvedOn(),
                                decision.reason())));
                return;
            }
            Commune old = matcher.unit(decision.oldUnitId()).orElse(null);
            Commune successor = matcher.unit(decision.newUnitId()).orElse(null);
            if (old == null || successor == null) {
                // the decision names units that are no longer candidates of this date: the row is open again
                issues.add(issue(
                        r,
                        ImportIssue.Severity.UNRESOLVED,
                        messages.get("mapping.issue.decisionStale", decision.resolvedBy(), decision.resolvedOn())));
                open.add(new MappingOpenRows.OpenRow(
                        r,
                        null,
                        null,
                        MappingMatcher.Text.of(
                                "mapping.issue.decisionStale", decision.resolvedBy(), decision.resolvedOn())));
                return;
            }
            tally(MappingRule.ADMIN_LINKED);
            issues.add(issue(
                    r,
                    ImportIssue.Severity.RESOLVED,
                    messages.get(
                            "mapping.issue.decidedLink",
                            decision.resolvedBy(),
                            decision.resolvedOn(),
                            old.code() + " " + old.name(),
                            successor.code() + " " + successor.name(),
                            decision.reason())));
            link(old, successor);
        }

        private void link(Commune old, Commune successor) {
            linked++;
            provinceOf.put(old.id(), old.provinceId());
            provinceOf.put(successor.id(), successor.provinceId());
            if (!links.add(new MappingLineage.Link(old.id(), successor.id()))) {
                tally(MappingRule.SAME_LINK_AS_OTHER_ROW);
            }
        }

        private void tally(MappingRule rule) {
            byRule.merge(rule, 1, Integer::sum);
        }

        void count(ImportSession session, int rows) {
            session.count("rows", rows);
            session.count("linked", linked);
            session.count("links", links.size());
            session.count("duplicateRows", byRule.getOrDefault(MappingRule.EXACT_DUPLICATE, 0));
            session.count("inNoList", byRule.getOrDefault(MappingRule.ADMIN_IN_NO_LIST, 0));
            session.count("unresolved", open.size());
            session.count("errors", errors);
            byRule.forEach((rule, n) -> {
                session.count("rule." + rule.name(), n);
                session.rules.add(new ImportReport.RuleCount(
                        rule.name(), rule.side().name().toLowerCase(Locale.ROOT), messages.get(rule.labelKey()), n));
            });
        }

        private String text(MappingMatcher.Text t) {
            return messages.get(t.key(), t.args().toArray());
        }

        private ImportIssue issue(MappingRow r, ImportIssue.Severity severity, String reason) {
            return new ImportIssue(
                    r.row(), severity, r.oldCode(), r.oldDescription() + " → " + r.newDescription(), reason);
        }
    }
}
