package vn.ntm.assessment.periods;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.assessment.changes.ChangeRequests;
import vn.ntm.audit.AuditEntry;
import vn.ntm.audit.AuditLog;
import vn.ntm.audit.Change;
import vn.ntm.criteria.Catalog;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.scope.CurrentScope;
import vn.ntm.scope.Permissions;
import vn.ntm.scope.UnitScope;
import vn.ntm.text.InputText;
import vn.ntm.text.TextKind;
import vn.ntm.text.VietnameseDates;
import vn.ntm.unit.UnitLevel;
import vn.ntm.unit.UnitView;
import vn.ntm.unit.Units;

/**
 * Entry of a set's values for a year, per province: open until a province officer closes it. After closing, a
 * change waits for a leader's approval ({@link ChangeRequests}). Opening and closing are audited.
 */
@Service
public class EntryPeriods {

    static final String ENTITY = "entry_period";

    private final JdbcClient jdbc;
    private final Catalog catalog;
    private final Units units;
    private final CurrentScope scope;
    private final AuditLog audit;

    EntryPeriods(JdbcClient jdbc, Catalog catalog, Units units, CurrentScope scope, AuditLog audit) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.units = units;
        this.scope = scope;
        this.audit = audit;
    }

    /** Whether the province's communes may enter values of the set for the year without approval. */
    @Transactional(readOnly = true)
    public boolean isOpen(long setId, Long provinceUnitId, int year) {
        if (provinceUnitId == null) {
            return true;
        }
        return jdbc.sql("select open from entry_period where set_id = ? and province_unit_id = ? and year = ?")
                .params(setId, provinceUnitId, year)
                .query(Boolean.class)
                .optional()
                .orElse(true);
    }

    /** A province's entry for a set and year, as its officer sees it. */
    public record ProvinceEntry(
            long provinceUnitId, String code, String name, boolean open, String changedBy, OffsetDateTime changedAt) {
        public ProvinceEntry {
            changedAt = VietnameseDates.inVietnam(changedAt);
        }
    }

    /** The provinces in force at the end of the year that the caller may open or close, with their state. */
    @Transactional(readOnly = true)
    public List<ProvinceEntry> manageable(String setCode, int year) {
        CriteriaSet set = catalog.set(setCode);
        UnitScope mine = scope.get();
        Map<Long, ProvinceEntry> recorded = new HashMap<>();
        units.level(UnitLevel.PROVINCE, LocalDate.of(year, 12, 31)).stream()
                .filter(p -> mine.canWrite(p.id()))
                .forEach(p -> recorded.put(p.id(), new ProvinceEntry(p.id(), p.code(), p.name(), true, null, null)));
        // a province nobody has closed is open: only the recorded ones change
        jdbc.sql(
                        "select province_unit_id, open, changed_by, changed_at from entry_period where set_id = ? and year = ?")
                .params(set.id(), year)
                .query(rs -> {
                    ProvinceEntry p = recorded.get(rs.getLong(1));
                    if (p != null) {
                        recorded.put(
                                p.provinceUnitId(),
                                new ProvinceEntry(
                                        p.provinceUnitId(),
                                        p.code(),
                                        p.name(),
                                        rs.getBoolean(2),
                                        rs.getString(3),
                                        rs.getObject(4, OffsetDateTime.class)));
                    }
                });
        return recorded.values().stream()
                .sorted(Comparator.comparing(ProvinceEntry::name))
                .toList();
    }

    /** Each opening and closing of a set's year, oldest first, for the provinces the caller may read. */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(String setCode, int year) {
        CriteriaSet set = catalog.set(setCode);
        List<Long> ids = jdbc.sql("select id from entry_period where set_id = ? and year = ?")
                .params(set.id(), year)
                .query(Long.class)
                .list();
        return audit.history(ENTITY, ids).stream()
                .filter(e -> "open".equals(e.field()))
                .toList();
    }

    /** Whether the caller's role opens and closes entry (province officers and administrators). */
    public boolean callerManages() {
        return Permissions.mayOpenOrCloseEntry(scope.actor());
    }

    @Transactional
    public boolean setOpen(String setCode, long provinceUnitId, int year, boolean open, String reason) {
        CriteriaSet set = catalog.set(setCode);
        UnitView province = units.get(provinceUnitId);
        if (province.level() != UnitLevel.PROVINCE) {
            throw new BadInputException(
                    "provinceUnitId", "catalog.error.notProvince", province.code(), province.name());
        }
        set.requireYear(year);
        scope.get().requireWrite(province.id());
        if (!Permissions.mayOpenOrCloseEntry(scope.actor())) {
            throw new OutOfScopeException("assessment.error.periodRole");
        }
        // the README promises a reason for every closing and reopening: it is what the commune reads in the trail
        if (reason == null || reason.isBlank()) {
            throw new BadInputException("reason", "input.error.periodReasonRequired", province.name());
        }
        InputText.check("reason", reason, TextKind.REASON);
        reason = reason.trim();
        boolean was = isOpen(set.id(), province.id(), year);
        long id = jdbc.sql("""
                        insert into entry_period (set_id, province_unit_id, year, open, changed_by)
                        values (?, ?, ?, ?, ?)
                        on conflict (set_id, province_unit_id, year)
                        do update set open = excluded.open, changed_by = excluded.changed_by, changed_at = now(),
                                      version = entry_period.version + 1
                        returning id""")
                .params(set.id(), province.id(), year, open, scope.username())
                .query(Long.class)
                .single();
        audit.record(Change.of(open ? "OPEN" : "CLOSE", ENTITY, id, province.id())
                .field("open", was, open)
                .field("set", null, set.code())
                .field("year", null, year)
                .reason(reason));
        return open;
    }
}
