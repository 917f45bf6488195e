package vn.ntm.assessment.values;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
import vn.ntm.assessment.periods.EntryPeriods;
import vn.ntm.audit.AuditLog;
import vn.ntm.audit.Change;
import vn.ntm.criteria.Catalog;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.Indicator;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.errors.ProblemException;
import vn.ntm.scope.CurrentScope;
import vn.ntm.scope.Permissions;
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

    private static final int CHUNK = 20_000;
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
            WriteLocks locks) {
        this.locks = locks;
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
            Row row, Indicator indicator, EnteredValue value, boolean requested, AssessmentValue.Edited next) {}

    /** A row that would change what is stored: the stored value before (null when none) and the value after. */
    public record Planned(Row row, EnteredValue before, EnteredValue after) {}

    /** What {@link #write} would do, without writing: the changes, how many rows are already so, the errors. */
    public record Plan(List<Planned> changes, int unchanged, List<RowError> errors) {}

    /** The rows checked, split into valid and refused, with what was stored before. */
    private record Checks(
            CriteriaSet set, List<Checked> valid, List<RowError> errors, Map<String, Existing> existing) {}

    /** Checks every row with the same rules as {@link #write} and tells what would change; writes nothing. */
    @Transactional(readOnly = true)
    public Plan plan(String setCode, int year, List<Row> rows) {
        Checks checks = checkAll(setCode, year, rows);
        List<Planned> changes = new ArrayList<>();
        for (Checked c : checks.valid()) {
            Existing old =
                    checks.existing().get(c.row().unitId() + "|" + c.indicator().id());
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
        Map<String, Existing> existing = checks.existing();
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
        List<Change> changes = new ArrayList<>();
        // stored results are kept current at every write, so only units with a changed value need judging again
        Set<Long> touched = new LinkedHashSet<>();
        for (int from = 0; from < valid.size(); from += CHUNK) {
            List<Checked> chunk = valid.subList(from, Math.min(valid.size(), from + CHUNK));
            List<Checked> changed =
                    chunk.stream().filter(c -> changes(c, existing)).toList();
            unchanged += chunk.size() - changed.size();
            written += upsert(set.id(), year, changed, existing, changes);
            changed.forEach(c -> touched.add(c.row().unitId()));
        }
        audit.recordAll(changes);
        List<Long> units = new ArrayList<>(touched);
        for (int from = 0; from < units.size(); from += 2_000) {
            judgements.rejudge(set.id(), year, units.subList(from, Math.min(units.size(), from + 2_000)));
        }
        return new Report(true, written, unchanged, requested, errors);
    }

    private Checks checkAll(String setCode, int year, List<Row> rows) {
        CriteriaSet set = catalog.set(setCode);
        set.requireYear(year);
        Set<Long> unitIds = new LinkedHashSet<>();
        rows.forEach(r -> unitIds.add(r.unitId()));
        Map<Long, LocalDate> dates = referenceDates(unitIds, year);
        Map<Long, Long> provinces = facts.provinceOn(dates);
        Map<String, Existing> existing = existing(set.id(), year, unitIds);
        Map<Long, Boolean> openByProvince = new HashMap<>();
        List<RowError> errors = new ArrayList<>();
        List<Checked> valid = new ArrayList<>();
        for (Row row : rows) {
            try {
                valid.add(check(set, year, row, dates, provinces, openByProvince, existing));
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
            Map<Long, LocalDate> dates,
            Map<Long, Long> provinces,
            Map<Long, Boolean> openByProvince,
            Map<String, Existing> existing) {
        scope.get().requireWrite(row.unitId());
        if (!dates.containsKey(row.unitId())) {
            throw new BadInputException("unit", "assessment.error.unitNotValidInYearShort", row.unitId(), year);
        }
        Indicator indicator = set.indicator(row.indicatorCode())
                .orElseThrow(() -> new BadInputException(
                        "indicator", "assessment.error.indicatorUnknown", row.indicatorCode(), set.code()));
        EnteredValue value = row.input().read(indicator);
        Long province = provinces.get(row.unitId());
        boolean open =
                province == null || openByProvince.computeIfAbsent(province, p -> periods.isOpen(set.id(), p, year));
        Existing old = existing.get(row.unitId() + "|" + indicator.id());
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
        return new Checked(row, indicator, value, !open && !unchanged, next);
    }

    private static boolean changes(Checked c, Map<String, Existing> existing) {
        Existing old = existing.get(c.row().unitId() + "|" + c.indicator().id());
        return old == null || !old.sameAs(c.value(), c.row().input().note());
    }

    private int upsert(long setId, int year, List<Checked> rows, Map<String, Existing> existing, List<Change> changes) {
        if (rows.isEmpty()) {
            return 0;
        }
        int n = rows.size();
        Long[] unit = new Long[n];
        Long[] indicator = new Long[n];
        String[] number = new String[n];
        Boolean[] met = new Boolean[n];
        Boolean[] notEvaluated = new Boolean[n];
        String[] reason = new String[n];
        String[] note = new String[n];
        String[] state = new String[n];
        String[] returnReason = new String[n];
        for (int i = 0; i < n; i++) {
            Checked c = rows.get(i);
            unit[i] = c.row().unitId();
            indicator[i] = c.indicator().id();
            number[i] = c.value().number() == null ? null : c.value().number().toPlainString();
            met[i] = c.value().met();
            notEvaluated[i] = c.value().notEvaluated();
            reason[i] = c.value().notEvaluatedReason();
            note[i] = c.row().input().note();
            state[i] = c.next().state().name();
            returnReason[i] = c.next().returnReason();
        }
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("""
                        insert into assessment_value (set_id, year, entered_by, unit_id, indicator_id, numeric_value,
                            met, not_evaluated, not_evaluated_reason, note, state, return_reason)
                        select ?, ?, ?, * from unnest(?::bigint[], ?::bigint[], ?::text[]::numeric[], ?::boolean[],
                            ?::boolean[], ?::text[], ?::text[], ?::text[], ?::text[])
                        on conflict (unit_id, set_id, indicator_id, year) do update set
                            numeric_value = excluded.numeric_value, met = excluded.met,
                            not_evaluated = excluded.not_evaluated, not_evaluated_reason = excluded.not_evaluated_reason,
                            note = excluded.note, state = excluded.state, return_reason = excluded.return_reason,
                            reviewed_by = null,
                            reviewed_at = null, entered_by = excluded.entered_by, entered_at = now(),
                            version = assessment_value.version + 1
                        where assessment_value.state <> 'LOCKED'
                        returning unit_id, indicator_id, id""")
                .params(
                        setId,
                        year,
                        scope.username(),
                        unit,
                        indicator,
                        number,
                        met,
                        notEvaluated,
                        reason,
                        note,
                        state,
                        returnReason)
                .query(rs -> {
                    ids.put(rs.getLong(1) + "|" + rs.getLong(2), rs.getLong(3));
                });
        for (Checked c : rows) {
            String key = c.row().unitId() + "|" + c.indicator().id();
            Existing old = existing.get(key);
            Change change = old == null
                    ? Change.created(Assessments.ENTITY, ids.get(key), c.row().unitId())
                    : Change.updated(Assessments.ENTITY, ids.get(key), c.row().unitId());
            // the value record names its indicator, and a new value starts as an evaluated draft: only what
            // differs from that is recorded, one audit row per value of a national import instead of three
            changes.add(change.field(
                            "value",
                            old == null ? null : old.number(),
                            c.value().number())
                    .field("met", old == null ? null : old.met(), c.value().met())
                    .field(
                            "notEvaluated",
                            old == null ? Boolean.FALSE : old.notEvaluated(),
                            c.value().notEvaluated())
                    .field(
                            "state",
                            old == null ? ValueState.DRAFT : old.state(),
                            c.next().state())
                    .reason(c.row().ref()));
        }
        return ids.size();
    }

    private Map<Long, LocalDate> referenceDates(Set<Long> unitIds, int year) {
        Map<Long, LocalDate> dates = new LinkedHashMap<>();
        Map<Long, Period> validity = facts.validity(unitIds);
        validity.forEach((unit, period) -> period.lastDayIn(year).ifPresent(d -> dates.put(unit, d)));
        return dates;
    }

    /** What is stored for a unit and indicator before the batch. */
    private record Existing(
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

    private Map<String, Existing> existing(long setId, int year, Set<Long> unitIds) {
        Map<String, Existing> map = new HashMap<>();
        jdbc.sql("""
                        select unit_id, indicator_id, numeric_value, met, not_evaluated, not_evaluated_reason, note,
                            state, return_reason
                        from assessment_value where set_id = ? and year = ? and unit_id = any(?)""").params(setId, year, unitIds.toArray(Long[]::new)).query(rs -> {
            map.put(
                    rs.getLong(1) + "|" + rs.getLong(2),
                    new Existing(
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
