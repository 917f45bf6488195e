package vn.ntm.exchange;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ntm.assessment.values.StoredValues;
import vn.ntm.assessment.values.ValueBatch;
import vn.ntm.criteria.Catalog;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.BusyException;
import vn.ntm.errors.ConflictException;
import vn.ntm.imports.ImportMode;
import vn.ntm.scope.CurrentScope;

/**
 * Applies a previewed upload in one transaction: the kept file is read again chunk by chunk and written by the
 * bulk writer, all or nothing or only the valid cells as the user chose. If any value the file touches changed
 * since the preview (someone saved, submitted or verified it), nothing is written and the user is told which
 * units to look at again. A cell whose value changed between the template and the upload (a conflict the preview
 * showed) keeps the stored value, unless the user chose to overwrite that cell.
 */
@Service
class Applications {

    private final Catalog catalog;
    private final StoredValues stored;
    private final ValueBatch batch;
    private final CurrentScope scope;
    private final PreviewStore store;
    private final SheetUploads uploads;
    private final ExchangeProgress progress;
    private final ExchangeProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Applications(
            Catalog catalog,
            StoredValues stored,
            ValueBatch batch,
            CurrentScope scope,
            PreviewStore store,
            SheetUploads uploads,
            ExchangeProgress progress,
            ExchangeProperties properties,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.catalog = catalog;
        this.stored = stored;
        this.batch = batch;
        this.scope = scope;
        this.store = store;
        this.uploads = uploads;
        this.progress = progress;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The caller's own preview. */
    PreviewLines preview(String token) {
        return uploads.own(token, PreviewLines.class);
    }

    PreviewLines apply(String token, ImportMode mode, String progressId) {
        return apply(token, mode, progressId, null, Set.of());
    }

    /**
     * With a change reason, cells refused at preview only because entry is closed become change requests that
     * wait for the commune leader's approval; without one they stay errors. A cell whose stored value changed since
     * the template was made keeps the stored value unless it is among {@code overwrite} (cells as "AN3").
     */
    PreviewLines apply(
            String token, ImportMode mode, String progressId, String changeReason, Collection<String> overwrite) {
        Set<String> overwritten = overwrite == null ? Set.of() : Set.copyOf(overwrite);
        String reason = changeReason == null || changeReason.isBlank() ? null : changeReason.trim();
        batch.requireMayEnter();
        PreviewLines preview = preview(token);
        ImportMode chosen = uploads.applicable(preview, mode, preview.errorsWith(reason), "exchange.error.hasErrors");
        // one apply of a token at a time on every instance; marked applied in the same transaction as its writes
        PreviewLines done;
        try {
            done = transaction.execute(status -> {
                if (!store.lockForApply(token)) {
                    throw new ConflictException("token", "exchange.error.applying");
                }
                if (store.load(token).applied() != null) {
                    throw new ConflictException("token", "exchange.error.alreadyApplied");
                }
                PreviewLines.Applied outcome =
                        write(preview, chosen, reason, overwritten, progress.track(progressId, scope.username()));
                PreviewLines applied = preview.withApplied(outcome);
                store.save(applied);
                return applied;
            });
        } catch (DataAccessException | TransactionException e) {
            // rolled back whole: nothing of the file is written, the same apply may be sent again
            throw BusyException.orRethrow(e);
        }
        store.forgetUpload(token);
        return done;
    }

    private PreviewLines.Applied write(
            PreviewLines preview,
            ImportMode mode,
            String changeReason,
            Set<String> overwrite,
            ExchangeProgress.Tracker tracker) {
        CriteriaSet set = catalog.set(preview.setCode());
        Map<Long, Long> digests = store.digests(preview.token());
        List<String> changed = new ArrayList<>();
        int[] counts = new int[6];
        try (ExchangeFile file = ExchangeFile.open(store.upload(preview.token()), set, preview.year())) {
            // the units' write locks first: no save can slip in between the stale check and the write
            batch.reserve(set.code(), preview.year(), file.issuedIds());
            int total = file.issuedCount();
            try (RowsAhead ahead = new RowsAhead(file, properties.chunkRows())) {
                for (List<ExchangeFile.SheetRow> chunk = ahead.next(); chunk != null; chunk = ahead.next()) {
                    write(set, preview.year(), chunk, digests, changed, counts, mode, changeReason, overwrite);
                    tracker.at("APPLYING", counts[3], total);
                }
            }
        }
        if (!changed.isEmpty()) {
            throw new ConflictException(
                    "token",
                    "exchange.error.stale",
                    changed.size(),
                    String.join("; ", changed.subList(0, Math.min(5, changed.size()))));
        }
        tracker.at("DONE", counts[3], counts[3]);
        // the cells kept that the file would really have changed are the preview's conflicts not overwritten
        int kept = Math.max(0, preview.conflictCount() - counts[5]);
        return new PreviewLines.Applied(
                mode.name(), counts[0], counts[1], counts[2], counts[4], Instant.now(clock), kept, counts[5]);
    }

    /**
     * One chunk of the file: refused as stale when any of its units' values changed since the preview; otherwise
     * written (once a stale unit is found, later chunks are only checked, so that the user learns of them all).
     */
    private void write(
            CriteriaSet set,
            int year,
            List<ExchangeFile.SheetRow> chunk,
            Map<Long, Long> digests,
            List<String> changed,
            int[] counts,
            ImportMode mode,
            String changeReason,
            Set<String> overwrite) {
        List<Long> ids = chunk.stream().map(r -> r.unit().id()).toList();
        ChunkRows rows = new ChunkRows(chunk, stored.of(set.code(), year, ids), changeReason);
        for (ExchangeFile.SheetRow row : chunk) {
            if (!Objects.equals(
                    rows.digests.get(row.unit().id()), digests.get(row.unit().id()))) {
                changed.add(row.unit().code() + " " + row.unit().name());
            }
        }
        counts[3] += chunk.size();
        if (!changed.isEmpty()) {
            return;
        }
        List<ValueBatch.Row> written = new ArrayList<>();
        for (ValueBatch.Row row : rows.rows) {
            ChunkRows.Origin origin = rows.origins.get(row.ref());
            if (!rows.changedSinceTemplate(origin)) {
                written.add(row);
            } else if (overwrite.contains(ChunkRows.cell(origin))) {
                written.add(row);
                counts[5]++;
            }
            // else someone changed it since the template was made: their value stays
        }
        ValueBatch.Report report = batch.write(set.code(), year, written, mode == ImportMode.VALID_ROWS);
        if (!report.applied()) {
            throw new BadInputException(
                    "mode", "exchange.error.newErrors", report.errors().size());
        }
        counts[0] += report.written();
        counts[1] += report.unchanged();
        counts[2] += report.errors().size();
        counts[4] += report.requested();
    }
}
