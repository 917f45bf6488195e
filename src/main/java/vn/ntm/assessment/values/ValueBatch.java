package vn.ntm.assessment.values;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.assessment.EnteredValue;
import vn.ntm.assessment.ValueInput;
import vn.ntm.assessment.ValueState;
import vn.ntm.assessment.changes.ChangeRequests;
import vn.ntm.assessment.judging.Judgements;
import vn.ntm.assessment.judging.UnitJudgement;
import vn.ntm.assessment.periods.EntryPeriods;
import vn.ntm.audit.AuditLog;
import vn.ntm.audit.Change;
import vn.ntm.criteria.Catalog;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.Indicator;
import vn.ntm.db.CopyWriter;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.errors.ProblemException;
import vn.ntm.scope.CurrentScope;
import vn.ntm.scope.Permissions;
import vn.ntm.scope.UnitScope;
import vn.ntm.text.Messages;
import vn.ntm.unit.Period;
import vn.ntm.unit.UnitFacts;

/**
 * Many values of one set and year at once (a spreadsheet of every commune in scope). Every row is checked first,
 * with the same rules and messages as a single save; then, all or nothing, or only the valid rows when the user
 * chose so, the values are written with a few statements, audited, and every affected unit is re-judged in one
 * pass. Locked values and closed entry periods are refused row by row. {@link #plan} runs the same checks without
 * writing, so a preview tells exactly what {@link #write} would do.
 */
@Service
@NamedInterface("values")
public class ValueBatch {

    private static final String INSERT_COLUMNS = """
            id, unit_id, set_id, indicator_id, year, numeric_value, met, not_evaluated, not_evaluated_reason, note,
            state, return_reason, entered_by""";
    private static final String CHANGE_REASON = "changeReason";

    private final Catalog catalog;
    private final UnitFacts facts;
    private final EntryPeriods periods;
    private final Judgements judgements;
    private final CurrentScope scope;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Messages messages;
    private final ChangeRequests requests;
    private final WriteLocks locks;
    private final DataSource dataSource;
    /** From this many values written, the units are judged on a thread of their own while the values are sent. */
    private final int judgedAlongside;

    ValueBatch(
            Catalog catalog,
            UnitFacts facts,
            EntryPeriods periods,
            Judgements judgements,
            CurrentScope scope,
            AuditLog audit,
            JdbcClient jdbc,
            Messages messages,
            ChangeRequests requests,
            WriteLocks locks,
            DataSource dataSource,
            @Value("${ntm.values.judged-alongside-from:5000}") int judgedAlongside) {
        this.judgedAlongside = judgedAlongside;
        this.locks = locks;
        this.dataSource = dataSource;
        this.catalog = catalog;
        this.facts = facts;
        this.periods = periods;
        this.judgements = judgements;
        this.scope = scope;
        this.audit = audit;
        this.jdbc = jdbc;
        this.messages = messages;
        this.requests = requests;
    }

    /** One cell: a unit, an indicator code and what was typed. {@code ref} locates it for the report (row/column). */
    public record Row(String ref, long unitId, String indicatorCode, ValueInput input) {}

    public record RowError(String ref, long unitId, String indicatorCode, String field, String message) {

        /** Refused only because entry is closed: with a change reason the row becomes a change request. */
        public boolean entryClosed() {
            return CHANGE_REASON.equals(field);
        }
    }

    /**
     * Outcome: how many values were written, how many were already so, how many became change requests (entry
     * closed, a reason given), and every refused row with its reason.
     */
    public record Report(boolean applied, int written, int unchanged, int requested, List<RowError> errors) {}

    /**
     * A row that passed the checks; {@code requested}: entry is closed, so it becomes a change request;
     * {@code next}: what the value's write rule leaves when the row changes it ({@link AssessmentValue#edited}).
     */
    private record Checked(
            Row row,
            Indicator indicator,
            EnteredValue value,
            boolean requested,
            AssessmentValue.Edited next,
            Existing old) {}

    /** A row that would change what is stored: the stored value before (null when none) and the value after. */
    public record Planned(Row row, EnteredValue before, EnteredValue after) {}

    /** What {@link #write} would do, without writing: the changes, how many rows are already so, the errors. */
    public record Plan(List<Planned> changes, int unchanged, List<RowError> errors) {}

    /** The rows checked, split into valid and refused, with what was stored before. */
    private record Checks(CriteriaSet set, List<Checked> valid, List<RowError> errors, Map<Key, Existing> existing) {}

    /** Checks every row with the same rules as {@link #write} and tells what would change; writes nothing. */
    @Transactional(readOnly = true)
    public Plan plan(String setCode, int year, List<Row> rows) {
        Checks checks = checkAll(setCode, year, rows);
        List<Planned> changes = new ArrayList<>();
        for (Checked c : checks.valid()) {
            Existing old = c.old();
            if (old == null || !old.sameAs(c.value(), c.row().input().note())) {
                changes.add(new Planned(c.row(), old == null ? null : old.entered(), c.value()));
            }
        }
        return new Plan(changes, checks.valid().size() - changes.size(), checks.errors());
    }

    /**
     * Refuses a caller whose role enters no values, before a sheet is read: the same rule as a single save
     * ({@link Permissions#mayEnterValues}).
     */
    public void requireMayEnter() {
        if (!Permissions.mayEnterValues(scope.actor())) {
            throw new OutOfScopeException("exchange.error.role");
        }
    }

    /**
     * Takes the write locks of these units for the rest of the caller's transaction, so that what it reads next
     * (the versions a preview saw) cannot change before {@link #write} writes.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reserve(String setCode, int year, Collection<Long> unitIds) {
        locks.lock(catalog.set(setCode).id(), year, unitIds);
    }

    @Transactional
    public Report write(String setCode, int year, List<Row> rows, boolean validRowsOnly) {
        Set<Long> unitIds = new LinkedHashSet<>();
        rows.forEach(r -> unitIds.add(r.unitId()));
        locks.lock(catalog.set(setCode).id(), year, unitIds);
        Checks checks = checkAll(setCode, year, rows);
        List<RowError> errors = checks.errors();
        List<Checked> valid = checks.valid();
        Map<Key, Existing> existing = checks.existing();
        CriteriaSet set = checks.set();
        if (!errors.isEmpty() && !validRowsOnly) {
            return new Report(false, 0, 0, 0, errors);
        }
        int written = 0;
        int unchanged = 0;
        int requested = 0;
        // check() marks only changing rows as requested: an unchanged cell needs no approval
        for (Checked c : valid.stream().filter(Checked::requested).toList()) {
            requests.request(
                    c.row().unitId(),
                    set.id(),
                    year,
                    c.indicator(),
                    c.value(),
                    c.row().input().note(),
                    c.row().input().changeReason().trim());
            requested++;
        }
        valid = valid.stream().filter(c -> !c.requested()).toList();
        // stored results are kept current at every write, so only units with a changed value need judging again
        Set<Long> touched = new LinkedHashSet<>();
        List<Checked> created = new ArrayList<>();
        List<Checked> updated = new ArrayList<>();
        for (Checked c : valid) {
            Existing old = c.old();
            if (old == null) {
                created.add(c);
            } else if (!old.sameAs(c.value(), c.row().input().note())) {
                updated.add(c);
            } else {
                unchanged++;
            }
        }
        created.forEach(c -> touched.add(c.row().unitId()));
        updated.forEach(c -> touched.add(c.row().unitId()));
        // judged on another thread while the values stream to the database, from what will then be stored, known
        // here without reading it back: the units' values before, with the rows written over them
        List<Judgements.Batch> batches = new ArrayList<>();
        List<List<Long>> parts = new ArrayList<>();
        List<Long> units = new ArrayList<>(touched);
        for (int from = 0; from < units.size(); from += 2_000) {
            List<Long> part = units.subList(from, Math.min(units.size(), from + 2_000));
            parts.add(part);
            batches.add(judgements.prepare(set.id(), year, part));
        }
        FutureTask<List<List<UnitJudgement>>> judging = new FutureTask<>(() -> {
            Map<Long, Map<Long, EnteredValue>> now = valuesAfter(touched, existing, created, updated);
            return batches.stream()
                    .map(b -> b.judge(unit -> now.getOrDefault(unit, Map.of())))
                    .toList();
        });
        // a few rows (one save, a small sheet) are judged after the writes, on this thread
        boolean alongside = created.size() + updated.size() >= judgedAlongside;
        if (alongside) {
            Thread judge = new Thread(judging, "value-batch-judging");
            judge.setDaemon(true);
            judge.start();
        }
        int updatedCount;
        try {
            // the audit rows are built while the values stream to the database, and sent after them
            try (AuditLog.Bulk changes = audit.bulk()) {
                written += insert(set.id(), year, created, changes);
                updatedCount = update(updated, changes);
                changes.flush();
            }
        } catch (RuntimeException | Error e) {
            judging.cancel(true);
            throw e;
        }
        written += updatedCount;
        if (updatedCount == updated.size()) {
            if (!alongside) {
                judging.run();
            }
            List<List<UnitJudgement>> judged = judged(judging);
            for (int i = 0; i < batches.size(); i++) {
                judgements.store(batches.get(i), judged.get(i));
            }
        } else {
            // a row the update skipped (locked meanwhile) makes the values known here wrong: they are read again
            judging.cancel(true);
            parts.forEach(part -> judgements.rejudge(set.id(), year, part));
        }
        return new Report(true, written, unchanged, requested, errors);
    }

    private static List<List<UnitJudgement>> judged(FutureTask<List<List<UnitJudgement>>> judging) {
        try {
            return judging.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the batch was judged", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private Checks checkAll(String setCode, int year, List<Row> rows) {
        CriteriaSet set = catalog.set(setCode);
        set.requireYear(year);
        Set<Long> unitIds = new LinkedHashSet<>();
        rows.forEach(r -> unitIds.add(r.unitId()));
        Map<Long, LocalDate> dates = referenceDates(unitIds, year);
        Map<Long, Long> provinces = facts.provinceOn(dates);
        Map<Key, Existing> existing = existing(set.id(), year, unitIds);
        Map<Long, Boolean> openByProvince = new HashMap<>();
        // looked up once per batch, not once per row (a national sheet has 440,000 rows)
        Map<String, Indicator> indicators = new HashMap<>();
        set.indicators().forEach(i -> indicators.putIfAbsent(i.code(), i));
        UnitScope writable = scope.get();
        List<RowError> errors = new ArrayList<>();
        List<Checked> valid = new ArrayList<>();
        for (Row row : rows) {
            try {
                valid.add(check(set, year, row, writable, indicators, dates, provinces, openByProvince, existing));
            } catch (ProblemException e) {
                errors.add(new RowError(
                        row.ref(),
                        row.unitId(),
                        row.indicatorCode(),
                        e.field(),
                        messages.get(e.messageKey(), e.args())));
            }
        }
        return new Checks(set, valid, errors, existing);
    }

    private Checked check(
            CriteriaSet set,
            int year,
            Row row,
            UnitScope writable,
            Map<String, Indicator> indicators,
            Map<Long, LocalDate> dates,
            Map<Long, Long> provinces,
            Map<Long, Boolean> openByProvince,
            Map<Key, Existing> existing) {
        writable.requireWrite(row.unitId());
        if (!dates.containsKey(row.unitId())) {
            throw new BadInputException("unit", "assessment.error.unitNotValidInYearShort", row.unitId(), year);
        }
        Indicator indicator = indicators.get(
                row.indicatorCode() == null ? null : row.indicatorCode().trim());
        if (indicator == null) {
            throw new BadInputException(
                    "indicator", "assessment.error.indicatorUnknown", row.indicatorCode(), set.code());
        }
        EnteredValue value = row.input().read(indicator);
        Long province = provinces.get(row.unitId());
        boolean open =
                province == null || openByProvince.computeIfAbsent(province, p -> periods.isOpen(set.id(), p, year));
        Existing old = existing.get(new Key(row.unitId(), indicator.id()));
        // a cell that repeats the stored value changes nothing, so neither a closed entry nor a lock refuses it
        boolean unchanged = old != null && old.sameAs(value, row.input().note());
        String changeReason = row.input().changeReason();
        if (!open && !unchanged && (changeReason == null || changeReason.isBlank())) {
            throw new BadInputException(CHANGE_REASON, "assessment.error.entryClosed", set.code(), year);
        }
        // the same write rule as a single save: a locked value refuses, any other becomes a draft again
        AssessmentValue.Edited next = unchanged
                ? null
                : AssessmentValue.edited(old == null ? null : old.state(), old == null ? null : old.returnReason());
        return new Checked(row, indicator, value, !open && !unchanged, next, old);
    }

    /**
     * Values not stored yet: their ids are drawn from the table's sequence in one query and the rows written by
     * COPY. No other writer can store one of them meanwhile: every writer of a unit-year's values holds its write
     * lock ({@link WriteLocks}), taken before the stored values were read.
     */
    private int insert(long setId, int year, List<Checked> rows, AuditLog.Bulk changes) {
        if (rows.isEmpty()) {
            return 0;
        }
        long[] ids = ids(rows.size());
        String enteredBy = scope.username();
        try (CopyWriter copy = new CopyWriter(dataSource, "assessment_value", INSERT_COLUMNS)) {
            insert(copy, setId, year, rows, ids, enteredBy, changes);
            copy.flush();
        }
        return rows.size();
    }

    private static void insert(
            CopyWriter copy,
            long setId,
            int year,
            List<Checked> rows,
            long[] ids,
            String enteredBy,
            AuditLog.Bulk changes) {
        for (int i = 0; i < rows.size(); i++) {
            Checked c = rows.get(i);
            long id = ids[i];
            copy.row(
                    id,
                    c.row().unitId(),
                    setId,
                    c.indicator().id(),
                    year,
                    c.value().number(),
                    c.value().met(),
                    c.value().notEvaluated(),
                    c.value().notEvaluatedReason(),
                    c.row().input().note(),
                    c.next().state().name(),
                    c.next().returnReason(),
                    enteredBy);
            // a new value starts as an evaluated draft and names its indicator: only what differs from that is
            // recorded, one audit row per value of a national import instead of three
            changes.add(Change.created(Assessments.ENTITY, id, c.row().unitId())
                    .field("value", null, c.value().number())
                    .field("met", null, c.value().met())
                    .field("notEvaluated", Boolean.FALSE, c.value().notEvaluated())
                    .field("state", ValueState.DRAFT, c.next().state())
                    .reason(c.row().ref()));
        }
    }

    /**
     * {@code count} new ids from the values' sequence, in one query: drawn by the server, sent back as runs of
     * consecutive ids (one run, unless another writer drew ids meanwhile), not one row per id.
     */
    private long[] ids(int count) {
        long[] ids = new long[count];
        int[] next = new int[1];
        jdbc.sql("""
                        with drawn as (
                            select nextval(s.seq) as id
                            from (select pg_get_serial_sequence('assessment_value', 'id')::regclass as seq) s,
                                generate_series(1, ?))
                        select min(id), max(id) from (select id, id - row_number() over (order by id) as run from drawn) r
                        group by run order by 1""").param(count).query(rs -> {
            for (long id = rs.getLong(1); id <= rs.getLong(2); id++) {
                ids[next[0]++] = id;
            }
        });
        if (next[0] != count) {
            throw new IllegalStateException("the sequence gave " + next[0] + " ids for " + count + " values");
        }
        return ids;
    }

    /** Stored values that change: one statement; a locked value is never written (the check refused it already). */
    private int update(List<Checked> rows, AuditLog.Bulk changes) {
        if (rows.isEmpty()) {
            return 0;
        }
        int n = rows.size();
        Long[] id = new Long[n];
        String[] number = new String[n];
        Boolean[] met = new Boolean[n];
        Boolean[] notEvaluated = new Boolean[n];
        String[] reason = new String[n];
        String[] note = new String[n];
        String[] state = new String[n];
        String[] returnReason = new String[n];
        for (int i = 0; i < n; i++) {
            Checked c = rows.get(i);
            Existing old = c.old();
            id[i] = old.id();
            number[i] = c.value().number() == null ? null : c.value().number().toPlainString();
            met[i] = c.value().met();
            notEvaluated[i] = c.value().notEvaluated();
            reason[i] = c.value().notEvaluatedReason();
            note[i] = c.row().input().note();
            state[i] = c.next().state().name();
            returnReason[i] = c.next().returnReason();
        }
        Set<Long> written = new HashSet<>();
        jdbc.sql("""
                        update assessment_value v set numeric_value = u.numeric_value, met = u.met,
                            not_evaluated = u.not_evaluated, not_evaluated_reason = u.not_evaluated_reason,
                            note = u.note, state = u.state, return_reason = u.return_reason,
                            reviewed_by = null, reviewed_at = null, entered_by = ?, entered_at = now(),
                            version = v.version + 1
                        from unnest(?::bigint[], ?::text[]::numeric[], ?::boolean[], ?::boolean[], ?::text[],
                            ?::text[], ?::text[], ?::text[])
                            as u(id, numeric_value, met, not_evaluated, not_evaluated_reason, note, state, return_reason)
                        where v.id = u.id and v.state <> 'LOCKED'
                        returning v.id""")
                .params(scope.username(), id, number, met, notEvaluated, reason, note, state, returnReason)
                .query(rs -> {
                    written.add(rs.getLong(1));
                });
        for (Checked c : rows) {
            Existing old = c.old();
            if (!written.contains(old.id())) {
                continue;
            }
            changes.add(Change.updated(Assessments.ENTITY, old.id(), c.row().unitId())
                    .field("value", old.number(), c.value().number())
                    .field("met", old.met(), c.value().met())
                    .field("notEvaluated", old.notEvaluated(), c.value().notEvaluated())
                    .field("state", old.state(), c.next().state())
                    .reason(c.row().ref()));
        }
        return written.size();
    }

    /**
     * Every value of the touched units as stored after the writes, by unit and indicator id, as judging reads
     * them: a number as PostgreSQL gives it back (its plain text), a draft never verified.
     */
    private static Map<Long, Map<Long, EnteredValue>> valuesAfter(
            Set<Long> units, Map<Key, Existing> existing, List<Checked> created, List<Checked> updated) {
        Map<Long, Map<Long, EnteredValue>> values = new HashMap<>();
        existing.forEach((key, old) -> {
            if (units.contains(old.unitId())) {
                values.computeIfAbsent(old.unitId(), u -> new HashMap<>()).put(old.indicatorId(), old.entered());
            }
        });
        for (List<Checked> rows : List.of(created, updated)) {
            for (Checked c : rows) {
                EnteredValue v = c.value();
                BigDecimal number =
                        v.number() == null ? null : new BigDecimal(v.number().toPlainString());
                values.computeIfAbsent(c.row().unitId(), u -> new HashMap<>())
                        .put(
                                c.indicator().id(),
                                new EnteredValue(
                                        number,
                                        v.met(),
                                        v.notEvaluated(),
                                        v.notEvaluatedReason(),
                                        c.next().state() == ValueState.VERIFIED
                                                || c.next().state() == ValueState.LOCKED));
            }
        }
        return values;
    }

    private Map<Long, LocalDate> referenceDates(Set<Long> unitIds, int year) {
        Map<Long, LocalDate> dates = new LinkedHashMap<>();
        Map<Long, Period> validity = facts.validity(unitIds);
        validity.forEach((unit, period) -> period.lastDayIn(year).ifPresent(d -> dates.put(unit, d)));
        return dates;
    }

    /** A unit and an indicator: where a value is stored. */
    private record Key(long unitId, long indicatorId) {}

    /** What is stored for a unit and indicator before the batch. */
    private record Existing(
            long id,
            long unitId,
            long indicatorId,
            BigDecimal number,
            Boolean met,
            boolean notEvaluated,
            String reason,
            String note,
            ValueState state,
            String returnReason) {
        boolean sameAs(EnteredValue v, String newNote) {
            return Objects.equals(
                            number == null ? null : number.stripTrailingZeros(),
                            v.number() == null ? null : v.number().stripTrailingZeros())
                    && Objects.equals(met, v.met())
                    && notEvaluated == v.notEvaluated()
                    && Objects.equals(reason, v.notEvaluatedReason())
                    && Objects.equals(note, newNote);
        }

        EnteredValue entered() {
            return new EnteredValue(
                    number, met, notEvaluated, reason, state == ValueState.VERIFIED || state == ValueState.LOCKED);
        }
    }

    private Map<Key, Existing> existing(long setId, int year, Set<Long> unitIds) {
        Map<Key, Existing> map = new HashMap<>();
        jdbc.sql("""
                        select unit_id, indicator_id, numeric_value, met, not_evaluated, not_evaluated_reason, note,
                            state, return_reason, id
                        from assessment_value where set_id = ? and year = ? and unit_id = any(?)""").params(setId, year, unitIds.toArray(Long[]::new)).query(rs -> {
            map.put(
                    new Key(rs.getLong(1), rs.getLong(2)),
                    new Existing(
                            rs.getLong(10),
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getBigDecimal(3),
                            (Boolean) rs.getObject(4),
                            rs.getBoolean(5),
                            rs.getString(6),
                            rs.getString(7),
                            ValueState.valueOf(rs.getString(8)),
                            rs.getString(9)));
        });
        return map;
    }
}
