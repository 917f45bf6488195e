package vn.ntm.unit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.NotFoundException;
import vn.ntm.scope.CurrentScope;
import vn.ntm.scope.UnitScope;
import vn.ntm.text.SearchKey;

/**
 * Reading units as they stood on a date, within the caller's scope. Other modules address units through this
 * service: by id, or by official code plus a date (codes are reused, so a code alone is not an identity).
 */
@Service
@Transactional(readOnly = true)
public class Units {

    private static final int MAX_SEARCH = 200;

    private final UnitStore store;
    private final CurrentScope scope;
    private final Clock clock;

    Units(UnitStore store, CurrentScope scope, Clock clock) {
        this.store = store;
        this.scope = scope;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The unit with its latest state, if the caller may read it. */
    public UnitView get(long id) {
        UnitView unit = RequestUnits.latest(id, store::findLatest)
                .orElseThrow(() -> new NotFoundException("id", "error.unit.notFound", id));
        scope.get().requireRead(unit.id());
        return unit;
    }

    /** The unit as it stood on {@code date}; refused when the unit was not in force then. */
    public UnitView getOn(long id, LocalDate date) {
        return getOn(get(id), date);
    }

    /**
     * Like {@link #getOn(long, LocalDate)}, for a unit the caller has read already with its latest state ({@link
     * #get}): when that state had begun by {@code date}, it is the one asked for, and nothing is read again.
     */
    public UnitView getOn(UnitView unit, LocalDate date) {
        if (!unit.validOn(date)) {
            if (unit.validTo() == null) {
                throw new NotFoundException(
                        "date", "error.unit.notValidOnSince", unit.code(), unit.name(), date, unit.validFrom());
            }
            throw new NotFoundException(
                    "date",
                    "error.unit.notValidOn",
                    unit.code(),
                    unit.name(),
                    date,
                    unit.validFrom(),
                    unit.validity().lastDay());
        }
        if (unit.stateFrom() != null && !unit.stateFrom().isAfter(date)) {
            return unit;
        }
        return store.findOn(unit.id(), date).orElseThrow();
    }

    /** The unit that carried {@code code} on {@code date} (default today). */
    public UnitView byCode(String code, LocalDate date) {
        LocalDate on = date == null ? today() : date;
        String trimmed = code == null ? "" : code.trim();
        if (!trimmed.matches("\\d{2,5}(-[0-9A-Za-z]{1,6})?")) {
            throw new BadInputException("code", "error.unit.codeFormat", code);
        }
        List<UnitView> found = store.findByCodeOn(trimmed, on);
        if (found.isEmpty()) {
            List<UnitView> anyTime = store.findByCodeAnyTime(trimmed);
            if (anyTime.isEmpty()) {
                throw new NotFoundException("code", "error.unit.unknownCode", trimmed);
            }
            throw new NotFoundException("date", "error.unit.codeNotValidOn", trimmed, on, describe(readable(anyTime)));
        }
        UnitView unit = found.get(0);
        scope.get().requireRead(unit.id());
        return unit;
    }

    /** Every unit that ever carried the code, oldest first, within scope. */
    public List<UnitView> allWithCode(String code) {
        return readable(store.findByCodeAnyTime(code.trim()));
    }

    public List<UnitView> children(long parentId, LocalDate date) {
        get(parentId);
        return readable(store.childrenOn(parentId, date == null ? today() : date));
    }

    /** Units of one level on a date (provinces: the tree's roots), within scope. */
    public List<UnitView> level(UnitLevel level, LocalDate date) {
        return readable(store.levelOn(level, date == null ? today() : date));
    }

    /**
     * Search by name ignoring diacritics and case, NFC or NFD input. With a date, only units in force then;
     * without, any unit whose any name matches.
     */
    public List<UnitView> search(String query, LocalDate date, UnitLevel level, int limit) {
        String key = SearchKey.of(query);
        if (key.length() < 2) {
            throw new BadInputException("q", "error.unit.searchTooShort");
        }
        return readable(store.search(key, date, level, Math.min(Math.max(limit, 1), MAX_SEARCH)));
    }

    /** Names, types and parents over the unit's life, oldest first. */
    public List<UnitView> history(long id) {
        get(id);
        return store.history(id);
    }

    public Lineage lineage(long id) {
        UnitView unit = get(id);
        return new Lineage(unit, store.predecessors(id), store.successors(id));
    }

    /** The unit's province, district… as they stood on {@code date}, nearest first. */
    public List<UnitView> ancestors(long id, LocalDate date) {
        get(id);
        return store.ancestorsOn(id, date == null ? today() : date);
    }

    /** Not scoped: identity lookups for other modules' own checks. */
    public Optional<UnitView> find(long id) {
        return store.findLatest(id);
    }

    public boolean hasRealUnits() {
        return store.hasRealUnits();
    }

    public boolean hasDemoUnits() {
        return store.hasDemoUnits();
    }

    private List<UnitView> readable(List<UnitView> units) {
        UnitScope s = scope.get();
        return units.stream().filter(u -> s.canRead(u.id())).toList();
    }

    private static String describe(List<UnitView> units) {
        StringBuilder b = new StringBuilder();
        for (UnitView u : units) {
            if (!b.isEmpty()) {
                b.append("; ");
            }
            b.append(u.name())
                    .append(" (")
                    .append(u.validFrom())
                    .append(" – ")
                    .append(u.validTo() == null ? "nay" : u.validity().lastDay())
                    .append(')');
        }
        return b.toString();
    }
}
