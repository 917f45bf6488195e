package vn.ntm.unit;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL reads of units, their states and lineage. Periods are half-open: from inclusive, to exclusive. */
@Repository
class UnitStore {

    private static final String SELECT = """
            select u.id, u.code, u.level, u.valid_from, u.valid_to, u.demo,
                   s.name, s.unit_type, s.parent_id, s.valid_from as state_from, s.valid_to as state_to
            from admin_unit u join admin_unit_state s on s.unit_id = u.id
            """;
    private static final String STATE_ON = " s.valid_from <= :d and (s.valid_to is null or s.valid_to > :d) ";
    private static final String UNIT_ON = " u.valid_from <= :d and (u.valid_to is null or u.valid_to > :d) ";
    /** The state in force on :d, or the last one when the unit had ended by then. */
    private static final String STATE_AT_OR_LAST = """
             s.id = (select s2.id from admin_unit_state s2 where s2.unit_id = u.id and s2.valid_from <= :d
                     order by s2.valid_from desc limit 1) """;

    private final JdbcClient jdbc;

    UnitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A unit's state on a date as a list states it: code, name, type, parent's code. */
    record HeldState(UnitLevel level, String code, String name, UnitType type, String parentCode) {

        String describe() {
            return describe(name, type, parentCode);
        }

        static String describe(String name, UnitType type, String parentCode) {
            return name + "|" + type + "|" + parentCode;
        }
    }

    /** The states of the units of {@code levels} in force on {@code date}. */
    List<HeldState> statesOn(LocalDate date, Collection<UnitLevel> levels) {
        return jdbc.sql("""
                        select u.level, u.code, s.name, s.unit_type, p.code as parent_code
                        from admin_unit u join admin_unit_state s on s.unit_id = u.id
                        left join admin_unit p on p.id = s.parent_id
                        where u.level in (:levels) and""" + UNIT_ON + " and " + STATE_ON)
                .param("levels", levels.stream().map(Enum::name).toList())
                .param("d", Date.valueOf(date))
                .query((rs, n) -> new HeldState(
                        UnitLevel.valueOf(rs.getString(1)),
                        rs.getString(2),
                        rs.getString(3),
                        UnitType.valueOf(rs.getString(4)),
                        rs.getString(5)))
                .list();
    }

    Optional<UnitView> findOn(long id, LocalDate date) {
        return jdbc.sql(SELECT + " where u.id = :id and " + STATE_AT_OR_LAST)
                .param("id", id)
                .param("d", Date.valueOf(date))
                .query(UnitStore::view)
                .optional();
    }

    /** The unit's latest state (its name as last known). */
    Optional<UnitView> findLatest(long id) {
        return jdbc.sql(SELECT + " where u.id = :id order by s.valid_from desc limit 1")
                .param("id", id)
                .query(UnitStore::view)
                .optional();
    }

    List<UnitView> findByCodeOn(String code, LocalDate date) {
        return jdbc.sql(SELECT + " where u.code = :code and " + UNIT_ON + " and " + STATE_ON)
                .param("code", code)
                .param("d", Date.valueOf(date))
                .query(UnitStore::view)
                .list();
    }

    /** Every unit that ever had this code, oldest first: shows code reuse. */
    List<UnitView> findByCodeAnyTime(String code) {
        return jdbc.sql(SELECT + " where u.code = :code and s.id = (select max(s2.id) from admin_unit_state s2 "
                        + "where s2.unit_id = u.id) order by u.valid_from")
                .param("code", code)
                .query(UnitStore::view)
                .list();
    }

    List<UnitView> childrenOn(long parentId, LocalDate date) {
        return jdbc.sql(SELECT + " where s.parent_id = :p and " + UNIT_ON + " and " + STATE_ON + " order by u.code")
                .param("p", parentId)
                .param("d", Date.valueOf(date))
                .query(UnitStore::view)
                .list();
    }

    List<UnitView> levelOn(UnitLevel level, LocalDate date) {
        return jdbc.sql(SELECT + " where u.level = :l and " + UNIT_ON + " and " + STATE_ON + " order by u.code")
                .param("l", level.name())
                .param("d", Date.valueOf(date))
                .query(UnitStore::view)
                .list();
    }

    /** Units whose name (any past or present name when {@code date} is null) contains the search key. */
    List<UnitView> search(String key, LocalDate date, UnitLevel level, int limit) {
        String where = " where s.search_name like :q "
                + (level == null ? "" : " and u.level = :l ")
                + (date == null
                        ? " and s.id = (select max(s2.id) from admin_unit_state s2 where s2.unit_id = u.id"
                                + " and s2.search_name like :q)"
                        : " and " + UNIT_ON + " and " + STATE_ON);
        JdbcClient.StatementSpec spec = jdbc.sql(
                        SELECT + where + " order by u.level, s.search_name, u.valid_from desc limit :n")
                .param("q", "%" + escapeLike(key) + "%")
                .param("n", limit);
        if (level != null) {
            spec = spec.param("l", level.name());
        }
        if (date != null) {
            spec = spec.param("d", Date.valueOf(date));
        }
        return spec.query(UnitStore::view).list();
    }

    List<UnitView> history(long id) {
        return jdbc.sql(SELECT + " where u.id = :id order by s.valid_from")
                .param("id", id)
                .query(UnitStore::view)
                .list();
    }

    List<LineageLink> predecessors(long id) {
        return links("l.predecessor_id", "l.successor_id", id);
    }

    List<LineageLink> successors(long id) {
        return links("l.successor_id", "l.predecessor_id", id);
    }

    private List<LineageLink> links(String otherColumn, String selfColumn, long id) {
        return jdbc.sql("""
                        select o.id, o.code, o.level, l.kind, l.effective, l.legal_basis,
                               (select s.name from admin_unit_state s where s.unit_id = o.id
                                order by s.valid_from desc limit 1) as name
                        from unit_lineage l join admin_unit o on o.id = %s
                        where %s = :id order by o.code""".formatted(otherColumn, selfColumn))
                .param("id", id)
                .query((rs, n) -> new LineageLink(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("name"),
                        UnitLevel.valueOf(rs.getString("level")),
                        LineageKind.valueOf(rs.getString("kind")),
                        rs.getObject("effective", LocalDate.class),
                        rs.getString("legal_basis")))
                .list();
    }

    /** Every unit that at any time had one of {@code roots} as an ancestor, and the roots themselves. */
    Set<Long> subtreeAnyTime(Collection<Long> roots) {
        if (roots.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        with recursive tree(id) as (
                            select unnest(cast(:roots as bigint[]))
                            union
                            select s.unit_id from admin_unit_state s join tree t on s.parent_id = t.id
                        ) select id from tree""")
                .param("roots", roots.toArray(Long[]::new))
                .query(Long.class)
                .list());
    }

    /** All predecessors of {@code units}, transitively (a predecessor's own predecessors too). */
    Set<Long> predecessorsClosure(Collection<Long> units) {
        if (units.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        with recursive back(id) as (
                            select l.predecessor_id from unit_lineage l where l.successor_id = any(cast(:ids as bigint[]))
                            union
                            select l.predecessor_id from unit_lineage l join back b on l.successor_id = b.id
                        ) select id from back""")
                .param("ids", units.toArray(Long[]::new))
                .query(Long.class)
                .list());
    }

    /** The unit's ancestors as they stood on {@code date}, nearest first. */
    List<UnitView> ancestorsOn(long id, LocalDate date) {
        ArrayList<UnitView> chain = new ArrayList<>();
        Optional<UnitView> current = findOn(id, date);
        while (current.isPresent() && current.get().parentId() != null && chain.size() < 5) {
            current = findOn(current.get().parentId(), date);
            current.ifPresent(chain::add);
        }
        return chain;
    }

    boolean hasDemoUnits() {
        return jdbc.sql("select exists(select 1 from admin_unit where demo)")
                .query(Boolean.class)
                .single();
    }

    boolean hasRealUnits() {
        return jdbc.sql("select exists(select 1 from admin_unit where not demo)")
                .query(Boolean.class)
                .single();
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static UnitView view(ResultSet rs, int row) throws SQLException {
        return new UnitView(
                rs.getLong("id"),
                rs.getString("code"),
                UnitLevel.valueOf(rs.getString("level")),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class),
                rs.getString("name"),
                UnitType.valueOf(rs.getString("unit_type")),
                (Long) rs.getObject("parent_id"),
                rs.getObject("state_from", LocalDate.class),
                rs.getObject("state_to", LocalDate.class),
                rs.getBoolean("demo"));
    }
}
