package vn.ntm.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.ConflictException;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.imports.ImportIssue;
import vn.ntm.imports.ImportMode;
import vn.ntm.scope.CurrentScope;
import vn.ntm.scope.Permissions;
import vn.ntm.text.Messages;

/**
 * Imports an official list of units in force from a date. Lists are complete snapshots, imported in date order;
 * comparing each with what is in force gives validity periods: a unit that keeps its code continues (its name,
 * type or parent may change: a rename or a move), a new code appears, a missing code disappears.
 *
 * <p>A <em>restructuring</em> list (the 1/7/2025 reform: districts abolished) starts every unit afresh: codes were
 * reused for different communes (03405 was Giang Ma, then the new Tả Lèng), so no unit continues across it; the
 * old → new mapping then links them as lineage.
 *
 * <p>A list holding only villages covers the villages of the communes it names.
 */
@Service
public class UnitListImport {

    static final String KIND_NATIONAL = "UNIT_LIST";
    static final String KIND_VILLAGES = "VILLAGE_LIST";
    private static final Set<UnitLevel> NATIONAL_LEVELS =
            EnumSet.of(UnitLevel.PROVINCE, UnitLevel.DISTRICT, UnitLevel.COMMUNE);

    private final UnitWriter writer;
    private final UnitStore store;
    private final ImportRuns runs;
    private final ImportRecorder recorder;
    private final Messages messages;
    private final CurrentScope scope;

    UnitListImport(
            UnitWriter writer,
            UnitStore store,
            ImportRuns runs,
            ImportRecorder recorder,
            Messages messages,
            CurrentScope scope) {
        this.writer = writer;
        this.store = store;
        this.runs = runs;
        this.recorder = recorder;
        this.messages = messages;
        this.scope = scope;
    }

    /**
     * @param restructuring null: decided from the data (the previous list had districts and this one has none)
     * @param demo          marks the units as demo data
     */
    @Transactional
    public ImportReport importList(
            String fileName,
            byte[] content,
            LocalDate effective,
            String legalBasis,
            ImportMode mode,
            Boolean restructuring,
            boolean demo) {
        if (!Permissions.mayImportUnits(scope.actor())) {
            throw new OutOfScopeException("error.import.adminOnly");
        }
        if (effective == null) {
            throw new BadInputException("effective", "error.import.effectiveRequired");
        }
        List<UnitListEntry> entries = UnitListReader.read(fileName, content);
        if (entries.isEmpty()) {
            throw new BadInputException("file", "error.import.empty");
        }
        UnitListValidation list = UnitListValidation.of(entries, messages);
        boolean villages = list.villagesOnly();
        ImportSession session =
                new ImportSession(villages ? KIND_VILLAGES : KIND_NATIONAL, fileName, content, mode, effective);
        checkDemoConsistency(demo);
        for (UnitLevel level : UnitLevel.values()) {
            if (list.count(level) > 0) {
                session.count(level.name().toLowerCase(Locale.ROOT), list.count(level));
            }
        }
        List<ImportIssue> issues = new ArrayList<>(list.issues());
        Map<String, Long> villageParents = villages ? resolveVillageParents(list, effective, issues) : Map.of();
        if (session.mode == ImportMode.ALL_OR_NOTHING
                && issues.stream().anyMatch(i -> i.severity().blocksAllOrNothing())) {
            return recorder.rejected(session, issues);
        }
        if (!villages && olderThanLastList(effective)) {
            // the manifest imported again: a list already imported is held as it was, in its own period
            if (heldOn(list, effective)) {
                return recorder.unchanged(session, issues);
            }
            ImportRuns.Run last = runs.lastApplied(KIND_NATIONAL).orElseThrow();
            throw new ConflictException(
                    "effective", "error.import.outOfOrder", effective, last.effective(), last.fileName());
        }
        boolean sameDate = !villages && sameDateAsLastList(effective);
        boolean restructure = !villages
                && !sameDate
                && (restructuring != null
                        ? restructuring
                        : !list.hasDistricts()
                                && !writer.openUnits(EnumSet.of(UnitLevel.DISTRICT))
                                        .isEmpty());
        long importId = recorder.reserveId();
        Plan plan = new Plan(list, effective, legalBasis, restructure, demo, importId, villages, villageParents);
        plan.sameDate = sameDate;
        plan.apply(session);
        if (plan.changes == 0) {
            return recorder.unchanged(session, issues);
        }
        return recorder.applied(session, importId, issues);
    }

    private void checkDemoConsistency(boolean demo) {
        if (!demo && store.hasDemoUnits()) {
            throw new ConflictException("file", "error.import.demoDatabase");
        }
        if (demo && store.hasRealUnits()) {
            throw new ConflictException("file", "error.import.realDatabase");
        }
    }

    private boolean olderThanLastList(LocalDate effective) {
        return runs.lastApplied(KIND_NATIONAL)
                .map(last -> last.effective() != null && effective.isBefore(last.effective()))
                .orElse(false);
    }

    /** True when the last list has the same date (a re-import of it, or a correction). */
    private boolean sameDateAsLastList(LocalDate effective) {
        return runs.lastApplied(KIND_NATIONAL)
                .map(last -> effective.equals(last.effective()))
                .orElse(false);
    }

    /** Whether the units in force on {@code date} are exactly the list's: same codes, names, types and parents. */
    private boolean heldOn(UnitListValidation list, LocalDate date) {
        Map<UnitLevel, Map<String, String>> held = new HashMap<>();
        for (UnitLevel level : NATIONAL_LEVELS) {
            held.put(level, new HashMap<>());
        }
        store.statesOn(date, NATIONAL_LEVELS).forEach(s -> held.get(s.level()).put(s.code(), s.describe()));
        for (UnitLevel level : NATIONAL_LEVELS) {
            Map<String, UnitListValidation.ValidEntry> entries = list.valid(level);
            Map<String, String> inForce = held.get(level);
            if (entries.size() != inForce.size()) {
                return false;
            }
            for (UnitListValidation.ValidEntry e : entries.values()) {
                if (!UnitStore.HeldState.describe(e.name(), e.type(), e.parentCode())
                        .equals(inForce.get(e.code()))) {
                    return false;
                }
            }
        }
        return true;
    }

    private Map<String, Long> resolveVillageParents(
            UnitListValidation list, LocalDate effective, List<ImportIssue> issues) {
        Map<String, Long> parents = new HashMap<>();
        list.valid(UnitLevel.VILLAGE).values().removeIf(v -> {
            Long parent = parents.computeIfAbsent(
                    v.parentCode(),
                    code -> store.findByCodeOn(code, effective).stream()
                            .filter(u -> u.level() == UnitLevel.COMMUNE)
                            .map(UnitView::id)
                            .findFirst()
                            .orElse(null));
            if (parent == null) {
                issues.add(new ImportIssue(
                        v.row(),
                        ImportIssue.Severity.ERROR,
                        v.code(),
                        v.name(),
                        messages.get("import.issue.villageParentUnknown", v.parentCode(), effective)));
                return true;
            }
            if (!scope.get().canWrite(parent)) {
                throw new OutOfScopeException("error.scope.write");
            }
            return false;
        });
        parents.values().removeIf(Objects::isNull);
        return parents;
    }

    /** The changes one list makes, computed against the units in force and written in batches. */
    private final class Plan {

        private final UnitListValidation list;
        private final LocalDate effective;
        private final String basis;
        private final boolean restructuring;
        private final boolean demo;
        private final long importId;
        private final boolean villages;
        private final Map<String, Long> villageParents;
        private final Map<UnitLevel, Map<String, Long>> idByCode = new HashMap<>();
        private int changes;
        private boolean sameDate;

        Plan(
                UnitListValidation list,
                LocalDate effective,
                String basis,
                boolean restructuring,
                boolean demo,
                long importId,
                boolean villages,
                Map<String, Long> villageParents) {
            this.list = list;
            this.effective = effective;
            this.basis = basis;
            this.restructuring = restructuring;
            this.demo = demo;
            this.importId = importId;
            this.villages = villages;
            this.villageParents = villageParents;
        }

        void apply(ImportSession session) {
            Set<UnitLevel> covered = villages ? EnumSet.of(UnitLevel.VILLAGE) : NATIONAL_LEVELS;
            List<UnitWriter.OpenUnit> open = writer.openUnits(covered).stream()
                    .filter(u -> !villages || villageParents.containsValue(u.parentId()))
                    .toList();
            checkNotBeforeOpenStates(open);
            Map<UnitLevel, Map<String, UnitWriter.OpenUnit>> openByCode = new HashMap<>();
            for (UnitWriter.OpenUnit u : open) {
                openByCode.computeIfAbsent(u.level(), l -> new HashMap<>()).put(u.code(), u);
            }
            Set<Long> matched = new HashSet<>();
            for (UnitLevel level : covered) {
                applyLevel(
                        level, restructuring ? Map.of() : openByCode.getOrDefault(level, Map.of()), matched, session);
            }
            List<Long> gone = open.stream()
                    .map(UnitWriter.OpenUnit::id)
                    .filter(id -> !matched.contains(id))
                    .toList();
            open.stream()
                    .filter(u -> !matched.contains(u.id()) && !u.stateFrom().isBefore(effective))
                    .findFirst()
                    .ifPresent(u -> {
                        throw new ConflictException(
                                "effective", "error.import.sameDateDifferent", effective, u.code(), u.name(), "—");
                    });
            writer.closeUnits(gone, effective);
            session.count("disappeared", gone.size());
            changes += gone.size();
        }

        private void checkNotBeforeOpenStates(List<UnitWriter.OpenUnit> open) {
            for (UnitWriter.OpenUnit u : open) {
                if (u.stateFrom().isAfter(effective)) {
                    throw new ConflictException("effective", "error.import.olderThanData", effective, u.stateFrom());
                }
            }
        }

        private void applyLevel(
                UnitLevel level,
                Map<String, UnitWriter.OpenUnit> openByCode,
                Set<Long> matched,
                ImportSession session) {
            Map<String, UnitListValidation.ValidEntry> entries = list.valid(level);
            List<UnitListValidation.ValidEntry> fresh = new ArrayList<>();
            List<UnitWriter.NewState> states = new ArrayList<>();
            List<Long> closedStates = new ArrayList<>();
            Map<String, Long> ids = idByCode.computeIfAbsent(level, l -> new HashMap<>());
            int continued = 0;
            int renamed = 0;
            int moved = 0;
            for (UnitListValidation.ValidEntry e : entries.values()) {
                Long parentId = parentId(level, e);
                UnitWriter.OpenUnit current = openByCode.get(e.code());
                if (current == null) {
                    fresh.add(e);
                    continue;
                }
                matched.add(current.id());
                ids.put(e.code(), current.id());
                boolean nameChanged = !current.name().equals(e.name()) || current.type() != e.type();
                boolean parentChanged = !Objects.equals(current.parentId(), parentId);
                if (nameChanged || parentChanged) {
                    if (current.stateFrom().equals(effective)) {
                        throw new ConflictException(
                                "effective",
                                "error.import.sameDateDifferent",
                                effective,
                                e.code(),
                                current.name(),
                                e.name());
                    }
                    closedStates.add(current.stateId());
                    states.add(new UnitWriter.NewState(
                            current.id(), effective, e.name(), e.type(), parentId, basis, importId));
                    renamed += nameChanged ? 1 : 0;
                    moved += parentChanged ? 1 : 0;
                } else {
                    continued++;
                }
            }
            if (sameDate && !fresh.isEmpty()) {
                throw new ConflictException(
                        "effective",
                        "error.import.sameDateDifferent",
                        effective,
                        fresh.get(0).code(),
                        "—",
                        fresh.get(0).name());
            }
            long[] newIds = writer.newUnitIds(fresh.size());
            List<UnitWriter.NewUnit> units = new ArrayList<>(fresh.size());
            for (int i = 0; i < fresh.size(); i++) {
                UnitListValidation.ValidEntry e = fresh.get(i);
                units.add(new UnitWriter.NewUnit(newIds[i], e.code(), level, effective, demo));
                ids.put(e.code(), newIds[i]);
            }
            writer.insertUnits(units);
            for (int i = 0; i < fresh.size(); i++) {
                UnitListValidation.ValidEntry e = fresh.get(i);
                states.add(new UnitWriter.NewState(
                        newIds[i], effective, e.name(), e.type(), parentId(level, e), basis, importId));
            }
            writer.closeStates(closedStates, effective);
            writer.insertStates(states);
            session.add("appeared", fresh.size());
            session.add("continued", continued);
            session.add("renamed", renamed);
            session.add("moved", moved);
            changes += fresh.size() + closedStates.size();
        }

        private Long parentId(UnitLevel level, UnitListValidation.ValidEntry e) {
            if (e.parentCode() == null) {
                return null;
            }
            if (level == UnitLevel.VILLAGE) {
                return villageParents.get(e.parentCode());
            }
            Long province = idByCode.getOrDefault(UnitLevel.PROVINCE, Map.of()).get(e.parentCode());
            if (province != null && e.parentCode().length() == UnitLevel.PROVINCE.officialCodeLength()) {
                return province;
            }
            return idByCode.getOrDefault(UnitLevel.DISTRICT, Map.of()).get(e.parentCode());
        }
    }
}
