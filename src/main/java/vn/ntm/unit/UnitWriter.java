package vn.ntm.unit;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ntm.text.SearchKey;

/** Batched writes of units and their states, for imports of thousands of rows in one transaction. */
@Repository
class UnitWriter {

    /** A unit in force now, with its current state. */
    record OpenUnit(
            long id,
            String code,
            UnitLevel level,
            long stateId,
            LocalDate stateFrom,
            String name,
            UnitType type,
            Long parentId,
            boolean demo) {}

    record NewUnit(long id, String code, UnitLevel level, LocalDate validFrom, boolean demo) {}

    record NewState(
            long unitId,
            LocalDate validFrom,
            String name,
            UnitType type,
            Long parentId,
            String legalBasis,
            Long importId) {}

    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final UnitChangeCollector changes;

    UnitWriter(JdbcClient jdbc, JdbcTemplate template, UnitChangeCollector changes) {
        this.jdbc = jdbc;
        this.template = template;
        this.changes = changes;
    }

    List<OpenUnit> openUnits(Set<UnitLevel> levels) {
        return jdbc.sql("""
                        select u.id, u.code, u.level, s.id as state_id, s.valid_from, s.name, s.unit_type, s.parent_id, u.demo
                        from admin_unit u join admin_unit_state s on s.unit_id = u.id and s.valid_to is null
                        where u.valid_to is null and u.level in (:levels)""")
                .param("levels", levels.stream().map(Enum::name).toList())
                .query((rs, n) -> new OpenUnit(
                        rs.getLong("id"),
                        rs.getString("code"),
                        UnitLevel.valueOf(rs.getString("level")),
                        rs.getLong("state_id"),
                        rs.getObject("valid_from", LocalDate.class),
                        rs.getString("name"),
                        UnitType.valueOf(rs.getString("unit_type")),
                        (Long) rs.getObject("parent_id"),
                        rs.getBoolean("demo")))
                .list();
    }

    long[] newUnitIds(int count) {
        return jdbc
                .sql("select nextval('admin_unit_id_seq') from generate_series(1, ?)")
                .param(count)
                .query(Long.class)
                .list()
                .stream()
                .mapToLong(Long::longValue)
                .toArray();
    }

    void insertUnits(List<NewUnit> units) {
        List<Object[]> rows = new ArrayList<>(units.size());
        for (NewUnit u : units) {
            rows.add(new Object[] {u.id(), u.code(), u.level().name(), Date.valueOf(u.validFrom()), u.demo()});
        }
        batch("insert into admin_unit (id, code, level, valid_from, demo) values (?, ?, ?, ?, ?)", rows);
        changes.changed(UnitsChanged.Kind.ADDED, units.stream().map(NewUnit::id).toList());
    }

    void insertStates(List<NewState> states) {
        List<Object[]> rows = new ArrayList<>(states.size());
        for (NewState s : states) {
            rows.add(new Object[] {
                s.unitId(),
                Date.valueOf(s.validFrom()),
                s.name(),
                s.type().name(),
                s.parentId(),
                SearchKey.of(s.name()),
                s.legalBasis(),
                s.importId()
            });
        }
        batch("""
                insert into admin_unit_state (unit_id, valid_from, name, unit_type, parent_id, search_name,
                                              legal_basis, import_id)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        changes.changed(
                UnitsChanged.Kind.CHANGED, states.stream().map(NewState::unitId).toList());
    }

    /** Ends units (and their open state) on {@code to}: the first day they are no longer in force. */
    void closeUnits(Collection<Long> unitIds, LocalDate to) {
        List<Object[]> rows =
                unitIds.stream().map(id -> new Object[] {Date.valueOf(to), id}).toList();
        batch("update admin_unit set valid_to = ?, version = version + 1 where id = ?", rows);
        batch("update admin_unit_state set valid_to = ? where unit_id = ? and valid_to is null", rows);
        changes.changed(UnitsChanged.Kind.ENDED, unitIds);
    }

    void closeStates(Collection<Long> stateIds, LocalDate to) {
        batch(
                "update admin_unit_state set valid_to = ? where id = ?",
                stateIds.stream().map(id -> new Object[] {Date.valueOf(to), id}).toList());
    }

    void insertLineage(
            long predecessor, long successor, LineageKind kind, LocalDate effective, String basis, Long importId) {
        jdbc.sql("""
                        insert into unit_lineage (predecessor_id, successor_id, kind, effective, legal_basis, import_id)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(predecessor, successor, kind.name(), effective, basis, importId)
                .update();
        changes.changed(UnitsChanged.Kind.LINEAGE, List.of(predecessor, successor));
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int i = 0; i < rows.size(); i += BATCH) {
            template.batchUpdate(sql, rows.subList(i, Math.min(rows.size(), i + BATCH)));
        }
    }
}
