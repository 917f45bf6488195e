package vn.ntm.assessment.values;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.assessment.EnteredValue;
import vn.ntm.assessment.UnitYear;
import vn.ntm.assessment.ValueInput;
import vn.ntm.assessment.ValueState;
import vn.ntm.assessment.changes.ChangeRequests;
import vn.ntm.assessment.judging.Judgements;
import vn.ntm.assessment.periods.EntryPeriods;
import vn.ntm.audit.AuditEntry;
import vn.ntm.audit.AuditLog;
import vn.ntm.audit.Change;
import vn.ntm.criteria.Catalog;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.Criterion;
import vn.ntm.criteria.Indicator;
import vn.ntm.db.OneRoundTrip;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.ConcurrentEditException;
import vn.ntm.errors.NotFoundException;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.org.BodyDirectory;
import vn.ntm.scope.CurrentScope;
import vn.ntm.scope.Permissions;
import vn.ntm.text.Messages;
import vn.ntm.unit.UnitFacts;
import vn.ntm.unit.UnitView;
import vn.ntm.unit.Units;

/**
 * Entering, submitting, verifying and returning indicator values. The commune (or an administrator) enters and
 * submits within its scope while entry is open; the body that owns the criterion verifies or returns. Every change
 * is audited and re-judged at once, so the unit's standing is always current.
 */
@Service
@NamedInterface("values")
public class Assessments {

    public static final String ENTITY = "assessment_value";

    private final Catalog catalog;
    private final Units units;
    private final UnitFacts facts;
    private final ValueStore store;
    private final Judgements judgements;
    private final EntryPeriods periods;
    private final ChangeRequests requests;
    private final BodyDirectory bodies;
    private final CriterionOwners owners;
    private final CurrentScope scope;
    private final AuditLog audit;
    private final WriteLocks locks;
    private final JdbcOperations jdbc;

    Assessments(
            Catalog catalog,
            Units units,
            UnitFacts facts,
            ValueStore store,
            Judgements judgements,
            EntryPeriods periods,
            ChangeRequests requests,
            BodyDirectory bodies,
            CriterionOwners owners,
            CurrentScope scope,
            AuditLog audit,
            WriteLocks locks,
            JdbcOperations jdbc) {
        this.jdbc = jdbc;
        this.locks = locks;
        this.owners = owners;
        this.catalog = catalog;
        this.units = units;
        this.facts = facts;
        this.store = store;
        this.judgements = judgements;
        this.periods = periods;
        this.requests = requests;
        this.bodies = bodies;
        this.scope = scope;
        this.audit = audit;
    }

    /** The outcome of a save: the value as stored, or the change request waiting for a leader (entry closed). */
    public record Saved(ValueStore.ValueRow value, Long pendingRequestId) {}

    /** Checks that values may exist for this unit, set and year (readable by the caller). */
    @Transactional(readOnly = true)
    public UnitYear target(long unitId, String setCode, int year) {
        UnitView unit = units.get(unitId);
        CriteriaSet set = catalog.set(setCode);
        set.requireYear(year);
        if (unit.level() != set.coverage().level()) {
            throw new BadInputException("unit", "assessment.error.unitLevel", unit.name(), set.code());
        }
        var date = unit.validity()
                .lastDayIn(year)
                .orElseThrow(() -> unit.validity().lastDay() == null
                        ? new BadInputException(
                                "year",
                                "assessment.error.unitNotValidInYearSince",
                                unit.name(),
                                unit.code(),
                                String.valueOf(year),
                                unit.validFrom())
                        : new BadInputException(
                                "year",
                                "assessment.error.unitNotValidInYear",
                                unit.name(),
                                unit.code(),
                                String.valueOf(year),
                                unit.validFrom(),
                                unit.validity().lastDay()));
        UnitView then = units.getOn(unit, date);
        if (!set.coverage().covers(then)) {
            throw new BadInputException(
                    "unit", "authoring.error.notCovered", then.name(), set.code(), String.valueOf(year));
        }
        Long province = facts.provinceOn(Map.of(unit.id(), date)).get(unit.id());
        return new UnitYear(unit, set, year, date, province);
    }

    @Transactional(readOnly = true)
    public List<ValueStore.ValueRow> values(long unitId, String setCode, int year) {
        UnitYear target = target(unitId, setCode, year);
        return store.rows(unitId, target.set().id(), year);
    }

    @Transactional
    public Saved write(long unitId, String setCode, int year, String indicatorCode, ValueInput input) {
        UnitYear target = target(unitId, setCode, year);
        requireEntering(unitId);
        Indicator indicator = indicator(target.set(), indicatorCode);
        EnteredValue entered = input.read(indicator);
        if (!periods.isOpen(target.set().id(), target.provinceUnitId(), year)) {
            return new Saved(null, requests.request(target, indicator, entered, input));
        }
        return new Saved(apply(target, indicator, entered, input.note(), input.version(), null), null);
    }

    /**
     * Stores a checked value: a new draft, or a change to an existing one at the caller's version. Two round trips
     * besides the look-ups before them: the unit-year's lock, then (once held, so that a concurrent writer of the
     * unit-year has committed) its values and stored result; then the value's write, its audit rows and the
     * changed result rows, judged in memory from the values read and the one written.
     */
    public ValueStore.ValueRow apply(
            UnitYear target, Indicator indicator, EnteredValue entered, String note, Integer version, String reason) {
        long setId = target.set().id();
        long unitId = target.unit().id();
        OneRoundTrip read = new OneRoundTrip(jdbc);
        locks.lockIn(read, setId, target.year(), List.of(unitId));
        ValueStore.UnitYearValues values = store.readIn(read, unitId, setId, target.year(), indicator.id());
        Judgements.StoredResult result = judgements.storedIn(read, target);
        read.run();
        Map<Long, EnteredValue> before = new HashMap<>();
        values.byIndicator.forEach((indicatorId, v) -> before.put(indicatorId, v.entered()));
        AssessmentValue existing = values.byIndicator.get(indicator.id());
        OneRoundTrip write = new OneRoundTrip(jdbc);
        AssessmentValue value;
        ValueStore.Written written;
        if (existing == null) {
            value = AssessmentValue.draft(unitId, setId, indicator.id(), target.year());
            value.change(entered, note);
            long id = Objects.requireNonNull(values.freshId, "an id for the value not stored yet");
            written = store.insertIn(write, id, value, scope.username());
            audit.recordIn(
                    write,
                    describe(Change.created(ENTITY, id, unitId), null, value, indicator)
                            .reason(reason));
        } else {
            value = existing;
            if (version != null && version == ValueInput.NO_VALUE_SEEN) {
                // the form was opened before anyone entered this value: someone entered it meanwhile
                throw audit.enteredMeanwhile(ENTITY, value.id, value.version);
            }
            requireVersion(value, version);
            AssessmentValue was = snapshot(value);
            value.change(entered, note);
            written = store.updateContentIn(write, value, scope.username());
            audit.recordIn(
                    write,
                    describe(Change.updated(ENTITY, value.id, unitId), was, value, indicator)
                            .reason(reason));
        }
        Map<Long, EnteredValue> after = new HashMap<>(before);
        after.put(indicator.id(), value.entered());
        judgements.rejudgeIn(write, target, result, before, after);
        write.run();
        // the version was checked under the lock, so the write matches; were it stale, the refusal rolls back all
        return written.row().orElseThrow(() -> stale(value.id, version));
    }

    /** Submits every draft or returned value of the unit-year to the owning bodies; returns how many. */
    @Transactional
    public int submitAll(long unitId, String setCode, int year) {
        UnitYear target = target(unitId, setCode, year);
        requireEntering(unitId);
        locks.lock(target.set().id(), year, List.of(unitId));
        int submitted = 0;
        for (ValueStore.ValueRow row : store.rows(unitId, target.set().id(), year)) {
            if (row.state() == ValueState.DRAFT || row.state() == ValueState.RETURNED) {
                transition(row.id(), row.version(), v -> v.submit(), false, null);
                submitted++;
            }
        }
        return submitted;
    }

    @Transactional
    public ValueStore.ValueRow submit(long valueId, Integer version) {
        AssessmentValue value = load(valueId);
        requireEntering(value.unitId);
        return transition(valueId, version, AssessmentValue::submit, false, null);
    }

    @Transactional
    public ValueStore.ValueRow verify(long valueId, Integer version) {
        requireOwningBody(load(valueId));
        return transition(valueId, version, v -> v.verify(scope.username()), true, null);
    }

    @Transactional
    public ValueStore.ValueRow returnForRevision(long valueId, Integer version, String reason) {
        requireOwningBody(load(valueId));
        return transition(valueId, version, v -> v.returnForRevision(scope.username(), reason), true, reason);
    }

    /** Freezes a verified value (a recognition case does this; an administrator may too). */
    @Transactional
    public ValueStore.ValueRow lock(long valueId, Integer version, String reason) {
        if (!Permissions.mayLockValues(scope.actor())) {
            throw new OutOfScopeException("assessment.error.lockAdminOnly");
        }
        return transition(valueId, version, AssessmentValue::lock, false, reason);
    }

    public String setCode(long setId) {
        return catalog.set(setId).code();
    }

    /** The stored value's version, or null when none exists yet. */
    public Integer currentVersion(long unitId, long setId, long indicatorId, int year) {
        return store.find(unitId, setId, indicatorId, year).map(v -> v.version).orElse(null);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> auditTrail(long valueId) {
        AssessmentValue value = load(valueId);
        return audit.history(ENTITY, value.id);
    }

    /** What was asked for this value after entry closed, and how each request was decided, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> requestTrail(long valueId) {
        AssessmentValue value = load(valueId);
        return audit.history(
                ChangeRequests.ENTITY, requests.idsOf(value.unitId, value.setId, value.indicatorId, value.year));
    }

    private ValueStore.ValueRow transition(
            long valueId, Integer version, Consumer<AssessmentValue> step, boolean reviewed, String reason) {
        AssessmentValue found = load(valueId);
        locks.lock(found.setId, found.year, List.of(found.unitId));
        AssessmentValue value = load(valueId);
        requireVersion(value, version);
        ValueState from = value.state;
        step.accept(value);
        if (!store.updateState(value, reviewed)) {
            throw stale(valueId, version);
        }
        audit.record(Change.of(value.state.name(), ENTITY, valueId, value.unitId)
                .field("state", from, value.state)
                .field("returnReason", null, value.returnReason)
                .reason(reason));
        judgements.rejudge(value.setId, value.year, List.of(value.unitId));
        return store.row(valueId).orElseThrow();
    }

    private AssessmentValue load(long valueId) {
        AssessmentValue value = store.find(valueId)
                .orElseThrow(() -> new NotFoundException("id", "assessment.error.valueNotFound", valueId));
        scope.get().requireRead(value.unitId);
        return value;
    }

    private void requireEntering(long unitId) {
        scope.get().requireWrite(unitId);
        if (!Permissions.mayEnterValues(scope.actor())) {
            throw new OutOfScopeException("assessment.error.enterRole");
        }
    }

    /**
     * Only an officer of the body type that owns the criterion verifies or returns its values: the body the province
     * assigned in its overlay, else the criterion's suggested owner.
     */
    private void requireOwningBody(AssessmentValue value) {
        scope.get().requireWrite(value.unitId);
        CriteriaSet set = catalog.set(value.setId);
        Criterion criterion = set.criteria().stream()
                .filter(c -> c.indicators().stream().anyMatch(i -> i.id() == value.indicatorId))
                .findFirst()
                .orElseThrow();
        String owner = owners.ownerOf(value.setId, value.unitId, value.year, criterion);
        if (Permissions.mayVerify(scope.actor(), owner, id -> bodies.get(id).bodyType())) {
            return;
        }
        if (owner == null) {
            throw new OutOfScopeException("assessment.error.noOwner", criterion.number());
        }
        throw new OutOfScopeException("assessment.error.notOwner", criterion.number(), bodyTypeName(owner));
    }

    /** The name of a body type in the caller's language ("Sở Y tế"), for messages; the code if unknown. */
    private String bodyTypeName(String code) {
        boolean english = "en".equals(Messages.currentLocale().getLanguage());
        return bodies.types(null).stream()
                .filter(t -> t.code().equals(code))
                .findFirst()
                .map(t -> english && t.nameEn() != null ? t.nameEn() : t.nameVi())
                .orElse(code);
    }

    private static Indicator indicator(CriteriaSet set, String code) {
        return set.indicator(code)
                .orElseThrow(() ->
                        new BadInputException("indicator", "assessment.error.indicatorUnknown", code, set.code()));
    }

    private void requireVersion(AssessmentValue value, Integer version) {
        if (version == null) {
            throw new BadInputException("version", "error.version.required");
        }
        if (version != value.version) {
            throw stale(value.id, version);
        }
    }

    private ConcurrentEditException stale(long valueId, Integer version) {
        int current = store.find(valueId).map(v -> v.version).orElse(-1);
        return audit.staleEdit(ENTITY, valueId, version, current);
    }

    private static AssessmentValue snapshot(AssessmentValue v) {
        return new AssessmentValue(
                v.id,
                v.unitId,
                v.setId,
                v.indicatorId,
                v.year,
                v.number,
                v.met,
                v.notEvaluated,
                v.notEvaluatedReason,
                v.note,
                v.state,
                v.returnReason,
                v.reviewedBy,
                v.version);
    }

    private static Change describe(Change change, AssessmentValue before, AssessmentValue after, Indicator indicator) {
        return change.field("indicator", before == null ? null : indicator.code(), indicator.code())
                .field("value", before == null ? null : before.number, after.number)
                .field("met", before == null ? null : before.met, after.met)
                .field("notEvaluated", before == null ? null : before.notEvaluated, after.notEvaluated)
                .field(
                        "notEvaluatedReason",
                        before == null ? null : before.notEvaluatedReason,
                        after.notEvaluatedReason)
                .field("note", before == null ? null : before.note, after.note)
                .field("state", before == null ? null : before.state, after.state);
    }
}
