package vn.ntm.assessment.judging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.assessment.EnteredValue;
import vn.ntm.assessment.UnitYear;
import vn.ntm.assessment.values.ValueStore;
import vn.ntm.assessment.values.WriteLocks;
import vn.ntm.criteria.Catalog;
import vn.ntm.criteria.CatalogChanged;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.EffectiveKey;
import vn.ntm.criteria.Overlay;
import vn.ntm.criteria.Threshold;
import vn.ntm.db.OneRoundTrip;
import vn.ntm.unit.UnitAttribute;
import vn.ntm.unit.UnitAttributesChanged;
import vn.ntm.unit.UnitFacts;

/**
 * Keeps judgement results up to date at write time: after a value is saved, and for every affected unit when a
 * threshold, an overlay or a unit attribute changes. Units are judged in batches (one query per kind of input),
 * so that re-judging a whole region stays a matter of seconds. Roll-ups read the stored results.
 */
@Service
public class Judgements {

    private final Catalog catalog;
    private final UnitFacts facts;
    private final ValueStore values;
    private final EnteredValues entered;
    private final ResultStore results;
    private final WriteLocks locks;
    private final ResultsChangedCollector changed;
    private final ThresholdChoices choices = new ThresholdChoices();

    Judgements(
            Catalog catalog,
            UnitFacts facts,
            ValueStore values,
            EnteredValues entered,
            ResultStore results,
            WriteLocks locks,
            ResultsChangedCollector changed) {
        this.changed = changed;
        this.catalog = catalog;
        this.facts = facts;
        this.values = values;
        this.entered = entered;
        this.results = results;
        this.locks = locks;
    }

    /**
     * Judges the units for the set and year and stores the results; returns the judgements. Writers of values
     * take the same locks before they write ({@link WriteLocks}); taking them here again costs nothing and covers
     * the re-judging that follows a threshold or attribute change.
     */
    @Transactional
    public List<UnitJudgement> rejudge(long setId, int year, Collection<Long> unitIds) {
        locks.lock(setId, year, unitIds);
        List<UnitJudgement> judged = judge(setId, year, unitIds);
        changed.written(setId, year, results.replace(setId, year, unitIds, judged));
        return judged;
    }

    /**
     * What a save of one value reads of its unit, in the round trip that reads its values: the stored result, and the
     * attributes the unit is judged with (read under the lock, so an attribute change committed meanwhile counts).
     */
    public static final class StoredResult {
        private final ResultStore.StoredDigest digest;
        private final Map<Long, Map<UnitAttribute, String>> attributes;

        private StoredResult(ResultStore.StoredDigest digest, Map<Long, Map<UnitAttribute, String>> attributes) {
            this.digest = digest;
            this.attributes = attributes;
        }
    }

    /**
     * Adds the reads of the unit-year's stored result and of its attributes to the caller's round trip, which must
     * hold the unit's write lock ({@link WriteLocks#lockIn}) before them: what {@link #rejudgeIn} judges with and
     * compares with.
     */
    public StoredResult storedIn(OneRoundTrip trip, UnitYear target) {
        return new StoredResult(
                results.digestIn(
                        trip, target.set().id(), target.year(), target.unit().id()),
                facts.attributesIn(trip, Map.of(target.unit().id(), target.referenceDate())));
    }

    /**
     * Re-judges one unit-year after a save, for a writer that has looked the unit up already (its day and province
     * in {@code target}) and read, under the unit's lock, its values as they were ({@code before}, by indicator id)
     * and the stored result ({@link #storedIn}); {@code after} is the values as the writer stores them. Nothing is
     * read again: the result is written by statements added to the writer's round trip
     * (only the rows that change, when the stored result is the judgement of {@code before}), and the unit is
     * reported as changed after the commit when its stored result changes.
     */
    public UnitJudgement rejudgeIn(
            OneRoundTrip trip,
            UnitYear target,
            StoredResult stored,
            Map<Long, EnteredValue> before,
            Map<Long, EnteredValue> after) {
        long setId = target.set().id();
        long unitId = target.unit().id();
        Map<Long, LocalDate> dates = Map.of(unitId, target.referenceDate());
        Map<Long, Long> province = target.provinceUnitId() == null ? Map.of() : Map.of(unitId, target.provinceUnitId());
        Batch prepared = prepare(target.set(), target.year(), dates, province, stored.attributes, dates.keySet());
        UnitJudgement now = prepared.judge(unit -> after).get(0);
        // the values as they were, judged, stand in for the stored rows: only rows that differ from them are written
        if (results.replaceOneIn(
                trip,
                setId,
                target.year(),
                stored.digest,
                () -> prepared.judge(unit -> before).get(0),
                now)) {
            changed.written(setId, target.year(), Set.of(unitId));
        }
        return now;
    }

    /**
     * {@link #rejudge(long, int, Collection)} from values the caller has just written and knows: every stored value
     * of each unit, by unit and indicator id (a bulk writer saves reading half a million values back).
     */
    @Transactional
    public List<UnitJudgement> rejudge(
            long setId, int year, Collection<Long> unitIds, Map<Long, Map<Long, EnteredValue>> stored) {
        Batch batch = prepare(setId, year, unitIds);
        return store(batch, batch.judge(unit -> stored.getOrDefault(unit, Map.of())));
    }

    /**
     * The first of the three steps of {@link #rejudge(long, int, Collection, Map)}, for a bulk writer that judges on
     * another thread while its values stream to the database: takes the units' write locks and reads, in the
     * caller's transaction, all that judging needs besides the values. {@link Batch#judge} then touches no database
     * (any thread may call it) and {@link #store} writes the results that changed.
     */
    @Transactional
    public Batch prepare(long setId, int year, Collection<Long> unitIds) {
        locks.lock(setId, year, unitIds);
        Map<Long, LocalDate> dates = referenceDates(unitIds, year);
        return prepare(catalog.set(setId), year, dates, facts.provinceOn(dates), facts.attributesOn(dates), unitIds);
    }

    /** Stores a prepared batch's judgements, as {@link #rejudge(long, int, Collection)} does, and returns them. */
    @Transactional
    public List<UnitJudgement> store(Batch batch, List<UnitJudgement> judged) {
        long setId = batch.set.id();
        changed.written(setId, batch.year, results.replace(setId, batch.year, batch.unitIds, judged));
        return judged;
    }

    /** Judges the units for the set and year from the stored values, without storing the results. */
    @Transactional(readOnly = true)
    public List<UnitJudgement> judge(long setId, int year, Collection<Long> unitIds) {
        CriteriaSet set = catalog.set(setId);
        Map<Long, LocalDate> dates = referenceDates(unitIds, year);
        Map<Long, Map<Long, EnteredValue>> stored = entered.of(setId, year, dates.keySet());
        return judge(set, year, dates, facts.provinceOn(dates), unit -> stored.getOrDefault(unit, Map.of()));
    }

    /** The day each unit in force in the year is judged on (the last day of the year it is in force). */
    private Map<Long, LocalDate> referenceDates(Collection<Long> unitIds, int year) {
        Map<Long, LocalDate> dates = new LinkedHashMap<>();
        facts.validity(unitIds)
                .forEach((unit, validity) -> validity.lastDayIn(year).ifPresent(date -> dates.put(unit, date)));
        return dates;
    }

    /**
     * Judges one unit's values against another set: the values are given (mapped from the unit's own set), the
     * unit is looked at on {@code referenceDate}, and thresholds are those of {@code year} in the other set.
     */
    @Transactional(readOnly = true)
    public UnitJudgement judgeAgainst(
            long unitId, LocalDate referenceDate, CriteriaSet set, int year, Map<Long, EnteredValue> mapped) {
        Map<Long, LocalDate> dates = Map.of(unitId, referenceDate);
        return judge(set, year, dates, facts.provinceOn(dates), unit -> mapped).get(0);
    }

    /** {@code provinces}: the province of each unit on its date (a unit without one is judged without overlay). */
    private List<UnitJudgement> judge(
            CriteriaSet set,
            int year,
            Map<Long, LocalDate> dates,
            Map<Long, Long> provinces,
            Function<Long, Map<Long, EnteredValue>> valuesOf) {
        return prepare(set, year, dates, provinces, facts.attributesOn(dates), dates.keySet())
                .judge(valuesOf);
    }

    /** Each unit's context and thresholds, chosen here: what judging needs besides the values. */
    private Batch prepare(
            CriteriaSet set,
            int year,
            Map<Long, LocalDate> dates,
            Map<Long, Long> provinces,
            Map<Long, Map<UnitAttribute, String>> attributes,
            Collection<Long> unitIds) {
        List<Threshold> national = catalog.nationalThresholds(set.id());
        OverlayCache overlays = new OverlayCache(set.id());
        List<Batch.Unit> units = new ArrayList<>(dates.size());
        dates.forEach((unit, date) -> {
            Long province = provinces.get(unit);
            Optional<Overlay> overlay = province == null ? Optional.empty() : overlays.on(province, date);
            Map<UnitAttribute, String> a = attributes.getOrDefault(unit, Map.of());
            EffectiveKey key = EffectiveKey.of(
                    set.keying(),
                    set.especiallyDifficultKey(),
                    a.get(UnitAttribute.REGION),
                    a.get(UnitAttribute.COMMUNE_GROUP),
                    "true".equals(a.get(UnitAttribute.ESPECIALLY_DIFFICULT)));
            JudgementContext context = new JudgementContext(year, date, province, overlay.orElse(null), key);
            // units with one overlay and key share their thresholds: chosen once, not once per unit
            ChosenThresholds thresholds =
                    choices.of(set, national, overlay.map(overlays::thresholds).orElse(List.of()), key.key(), year);
            units.add(new Batch.Unit(unit, context, thresholds));
        });
        return new Batch(set, year, List.copyOf(unitIds), units);
    }

    /**
     * Units of one set and year ready to be judged: their contexts and chosen thresholds, read in a transaction. Judging
     * them from given values reads nothing more.
     */
    public static final class Batch {
        private record Unit(long id, JudgementContext context, ChosenThresholds thresholds) {}

        private final CriteriaSet set;
        private final int year;
        private final List<Long> unitIds;
        private final List<Unit> units;

        private Batch(CriteriaSet set, int year, List<Long> unitIds, List<Unit> units) {
            this.set = set;
            this.year = year;
            this.unitIds = unitIds;
            this.units = units;
        }

        /** The judgement of each unit in force in the year, from its values by indicator id; reads no database. */
        public List<UnitJudgement> judge(Function<Long, Map<Long, EnteredValue>> valuesOf) {
            List<UnitJudgement> judged = new ArrayList<>(units.size());
            for (Unit u : units) {
                judged.add(UnitJudgement.judge(u.id(), set, u.thresholds(), u.context(), valuesOf.apply(u.id())));
            }
            return judged;
        }
    }

    /** Thresholds or an overlay changed: re-judge every unit-year of the set (of that province only, for an overlay). */
    @EventListener
    @Transactional
    public void on(CatalogChanged event) {
        // years in order, so two re-judging transactions take their locks in one order
        new TreeMap<>(values.unitYears(event.setId())).forEach((year, units) -> {
            List<Long> affected =
                    event.keys() == null ? units : results.unitsJudgedWith(event.setId(), year, units, event::affects);
            if (affected.isEmpty()) {
                return;
            }
            if (event.provinceUnitId() == null) {
                rejudge(event.setId(), year, affected);
            } else {
                rejudgeInProvince(event.setId(), year, affected, event.provinceUnitId());
            }
        });
    }

    private void rejudgeInProvince(long setId, int year, List<Long> units, long provinceUnitId) {
        Map<Long, LocalDate> dates = new HashMap<>();
        facts.validity(units)
                .forEach((unit, validity) -> validity.lastDayIn(year).ifPresent(date -> dates.put(unit, date)));
        List<Long> inProvince = facts.provinceOn(dates).entrySet().stream()
                .filter(e -> e.getValue() == provinceUnitId)
                .map(Map.Entry::getKey)
                .toList();
        if (!inProvince.isEmpty()) {
            rejudge(setId, year, inProvince);
        }
    }

    @EventListener
    @Transactional
    public void on(UnitAttributesChanged event) {
        if (event.unitIds().isEmpty()) {
            return;
        }
        values.setYearsOf(event.unitIds()).entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<ValueStore.SetYear, List<Long>> e) ->
                                e.getKey().setId())
                        .thenComparingInt(e -> e.getKey().year()))
                .forEach(e -> rejudge(e.getKey().setId(), e.getKey().year(), e.getValue()));
    }

    /** Overlays of one set, as the catalog keeps them for judging. */
    private final class OverlayCache {
        private final List<Overlay> all;
        private final Map<Long, List<Threshold>> thresholds = new HashMap<>();

        OverlayCache(long setId) {
            this.all = catalog.overlaysForJudging(setId);
        }

        Optional<Overlay> on(long province, LocalDate date) {
            return all.stream()
                    .filter(o -> o.provinceUnitId() == province && o.validOn(date))
                    .findFirst();
        }

        List<Threshold> thresholds(Overlay overlay) {
            return thresholds.computeIfAbsent(overlay.id(), id -> catalog.overlayThresholdsForJudging(overlay));
        }
    }
}
