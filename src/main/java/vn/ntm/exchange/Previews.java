package vn.ntm.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.ntm.assessment.values.StoredValues;
import vn.ntm.assessment.values.ValueBatch;
import vn.ntm.criteria.Catalog;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.scope.CurrentScope;
import vn.ntm.scope.UnitScope;
import vn.ntm.text.Messages;
import vn.ntm.text.VietnameseDates;

/**
 * The preview of an upload: the file is kept under a token, read chunk by chunk and checked by the bulk writer's
 * own rules without writing anything; every change (old → new) and every error is counted, the first ones kept
 * for the page and all of them written to a report. A file with a row outside the caller's write scope is refused
 * whole.
 */
@Service
class Previews {

    private final Catalog catalog;
    private final StoredValues stored;
    private final ValueBatch batch;
    private final CurrentScope scope;
    private final PreviewStore store;
    private final ExchangeProgress progress;
    private final ExchangeProperties properties;
    private final Messages messages;
    private final Clock clock;

    Previews(
            Catalog catalog,
            StoredValues stored,
            ValueBatch batch,
            CurrentScope scope,
            PreviewStore store,
            ExchangeProgress progress,
            ExchangeProperties properties,
            Messages messages,
            Clock clock) {
        this.catalog = catalog;
        this.stored = stored;
        this.batch = batch;
        this.scope = scope;
        this.store = store;
        this.progress = progress;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
    }

    PreviewLines preview(String setCode, int year, String fileName, InputStream content, String progressId) {
        batch.requireMayEnter();
        CriteriaSet set = catalog.set(setCode);
        set.requireYear(year);
        store.expire();
        String token = store.receive(content);
        try {
            return run(set, year, token, fileName, progress.track(progressId, scope.username()));
        } catch (RuntimeException e) {
            store.discard(token);
            throw e;
        }
    }

    /** Accumulates what the chunks found. */
    private final class Pass {
        final CriteriaSet set;
        final int year;
        final UnitScope writable = scope.get();
        final ReportWriter report;
        final ValueText values = new ValueText(messages);
        final RefText refs = new RefText(messages);
        final List<PreviewLines.ChangeLine> changes = new ArrayList<>();
        final List<PreviewLines.ErrorLine> errors = new ArrayList<>();
        final List<PreviewLines.ConflictLine> conflicts = new ArrayList<>();
        int conflictCount;
        final List<String> outside = new ArrayList<>();
        final Map<Long, Long> digests = new HashMap<>();
        int rows;
        int cells;
        int changeCount;
        int unchanged;
        int errorCount;
        int closedCount;

        Pass(CriteriaSet set, int year, ReportWriter report) {
            this.set = set;
            this.year = year;
            this.report = report;
        }

        void accept(ExchangeFile.SheetRow row, List<ExchangeFile.SheetRow> inScope) {
            rows++;
            if (writable.canWrite(row.unit().id())) {
                inScope.add(row);
            } else {
                outside.add(messages.get(
                        "exchange.error.outOfScopeRow",
                        String.valueOf(row.number()),
                        row.unit().code(),
                        row.unit().name()));
            }
        }

        void check(List<ExchangeFile.SheetRow> chunk) throws IOException {
            if (chunk.isEmpty()) {
                return;
            }
            List<Long> ids = chunk.stream().map(r -> r.unit().id()).toList();
            ChunkRows built = new ChunkRows(chunk, stored.of(set.code(), year, ids));
            digests.putAll(built.digests);
            cells += built.rows.size();
            ValueBatch.Plan plan = batch.plan(set.code(), year, built.rows);
            unchanged += plan.unchanged();
            for (ValueBatch.Planned p : plan.changes()) {
                ChunkRows.Origin o = built.origins.get(p.row().ref());
                if (built.changedSinceTemplate(o)) {
                    conflict(built, o, p);
                    continue;
                }
                PreviewLines.ChangeLine line = new PreviewLines.ChangeLine(
                        ref(o),
                        o.row().number(),
                        SheetLayout.column(o.value().column()),
                        o.row().unit().id(),
                        o.row().unit().code(),
                        o.row().unit().name(),
                        p.row().indicatorCode(),
                        values.of(p.before()),
                        values.of(p.after()));
                changeCount++;
                report.change(line);
                if (changes.size() < properties.shown()) {
                    changes.add(line);
                }
            }
            for (ValueBatch.RowError e : plan.errors()) {
                ChunkRows.Origin o = built.origins.get(e.ref());
                PreviewLines.ErrorLine line = new PreviewLines.ErrorLine(
                        ref(o),
                        o.row().number(),
                        SheetLayout.column(o.value().column()),
                        o.row().unit().id(),
                        o.row().unit().code(),
                        o.row().unit().name(),
                        e.indicatorCode(),
                        e.message());
                errorCount++;
                // a change reason at apply time turns these into change requests
                if (e.entryClosed()) {
                    closedCount++;
                }
                report.error(line);
                if (errors.size() < properties.shown()) {
                    errors.add(line);
                }
            }
        }

        /** A change over a value someone else changed since the template was made: shown apart, kept by default. */
        private void conflict(ChunkRows built, ChunkRows.Origin o, ValueBatch.Planned p) throws IOException {
            StoredValues.StoredValue now = built.storedNow(o);
            PreviewLines.ConflictLine line = new PreviewLines.ConflictLine(
                    ref(o),
                    o.row().number(),
                    SheetLayout.column(o.value().column()),
                    ChunkRows.cell(o),
                    o.row().unit().id(),
                    o.row().unit().code(),
                    o.row().unit().name(),
                    p.row().indicatorCode(),
                    values.of(p.before()),
                    values.of(p.after()),
                    now == null ? "" : now.enteredBy(),
                    now == null ? "" : VietnameseDates.format(now.enteredAt()));
            conflictCount++;
            report.conflict(
                    line,
                    messages.get(
                            "exchange.conflict.report",
                            line.theirs(),
                            line.yours(),
                            line.changedBy(),
                            line.changedAt()));
            if (conflicts.size() < properties.shown()) {
                conflicts.add(line);
            }
        }

        private String ref(ChunkRows.Origin o) {
            return refs.of(o.row().number(), o.value().column());
        }
    }

    private PreviewLines run(
            CriteriaSet set, int year, String token, String fileName, ExchangeProgress.Tracker tracker) {
        try (ExchangeFile file = ExchangeFile.open(store.upload(token), set, year);
                ReportWriter report = new ReportWriter(store.reportOutput(token))) {
            Pass pass = new Pass(set, year, report);
            int total = file.issuedCount();
            tracker.at("CHECKING", 0, total);
            Chunker chunker = new Chunker(properties.chunkRows(), chunk -> {
                List<ExchangeFile.SheetRow> mine = new ArrayList<>();
                chunk.forEach(r -> pass.accept(r, mine));
                try {
                    pass.check(mine);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                tracker.at("CHECKING", pass.rows, total);
            });
            file.rows(chunker);
            chunker.finish();
            if (!pass.outside.isEmpty()) {
                throw new OutOfScopeException(
                        "exchange.error.outOfScope",
                        pass.outside.size(),
                        String.join("; ", pass.outside.subList(0, Math.min(5, pass.outside.size()))));
            }
            if (pass.rows == 0) {
                throw new BadInputException("file", "exchange.error.noRows");
            }
            store.saveDigests(token, pass.digests);
            PreviewLines preview = new PreviewLines(
                    token,
                    scope.username(),
                    set.code(),
                    year,
                    fileName == null ? "" : fileName,
                    Instant.now(clock),
                    pass.rows,
                    pass.cells,
                    pass.changeCount,
                    pass.unchanged,
                    pass.errorCount,
                    pass.closedCount,
                    pass.changes,
                    pass.errors,
                    null,
                    pass.conflictCount,
                    pass.conflicts);
            store.save(preview);
            tracker.at("DONE", pass.rows, total);
            return preview;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
