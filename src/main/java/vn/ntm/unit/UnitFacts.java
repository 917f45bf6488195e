package vn.ntm.unit;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.db.OneRoundTrip;

/**
 * Facts about many units at once, for modules that judge or roll up thousands of units and have already checked
 * the caller's scope: validity, the province each unit belonged to on a date, and its attributes on that date.
 * One query each, however many units.
 */
@Service
@Transactional(readOnly = true)
public class UnitFacts {

    private final JdbcClient jdbc;

    UnitFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A unit's validity: half-open, {@code validTo} null while in force. */
    public Map<Long, Period> validity(Collection<Long> unitIds) {
        Map<Long, Period> result = new HashMap<>();
        jdbc.sql("select id, valid_from, valid_to from admin_unit where id = any(?)")
                .param(unitIds.toArray(Long[]::new))
                .query(rs -> {
                    result.put(
                            rs.getLong(1),
                            new Period(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)));
                });
        return result;
    }

    /** The province above each unit on its date (a province is its own). Units without one are left out. */
    public Map<Long, Long> provinceOn(Map<Long, LocalDate> unitDates) {
        Map<Long, Long> result = new HashMap<>();
        jdbc.sql("""
                        with recursive input(unit_id, on_date) as (
                            select * from unnest(?::bigint[], ?::text[]::date[])),
                        chain(unit_id, on_date, current_id, level, depth) as (
                            select i.unit_id, i.on_date, i.unit_id, u.level, 0
                            from input i join admin_unit u on u.id = i.unit_id
                            union all
                            select c.unit_id, c.on_date, s.parent_id, p.level, c.depth + 1
                            from chain c
                            join admin_unit_state s on s.unit_id = c.current_id and s.valid_from <= c.on_date
                                 and (s.valid_to is null or s.valid_to > c.on_date)
                            join admin_unit p on p.id = s.parent_id
                            where c.level <> 'PROVINCE' and c.depth < 5)
                        select unit_id, current_id from chain where level = 'PROVINCE'""").param(keys(unitDates)).param(dates(unitDates)).query(rs -> {
            result.put(rs.getLong(1), rs.getLong(2));
        });
        return result;
    }

    private static final String ATTRIBUTES_ON = """
            select i.unit_id, a.attribute, a.value
            from unnest(?::bigint[], ?::text[]::date[]) as i(unit_id, on_date)
            join unit_attribute a on a.unit_id = i.unit_id and a.valid_from <= i.on_date
                 and (a.valid_to is null or a.valid_to > i.on_date)""";

    /** Region, especially-difficult flag and commune group of each unit on its date, where recorded. */
    public Map<Long, Map<UnitAttribute, String>> attributesOn(Map<Long, LocalDate> unitDates) {
        Map<Long, Map<UnitAttribute, String>> result = new HashMap<>();
        jdbc.sql(ATTRIBUTES_ON).param(keys(unitDates)).param(dates(unitDates)).query((RowCallbackHandler)
                rs -> putAttribute(result, rs));
        return result;
    }

    /**
     * As {@link #attributesOn}, read by a statement added to the caller's round trip (a save reads them with its
     * values, under the unit's lock): the map returned is filled when the trip runs.
     */
    public Map<Long, Map<UnitAttribute, String>> attributesIn(OneRoundTrip trip, Map<Long, LocalDate> unitDates) {
        Map<Long, Map<UnitAttribute, String>> result = new HashMap<>();
        trip.query(ATTRIBUTES_ON, rs -> putAttribute(result, rs), keys(unitDates), dates(unitDates));
        return result;
    }

    private static void putAttribute(Map<Long, Map<UnitAttribute, String>> result, ResultSet rs) throws SQLException {
        result.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(UnitAttribute.class))
                .put(UnitAttribute.valueOf(rs.getString(2)), rs.getString(3));
    }

    /** A commune in force on a date, with its name and type then and its district (before 7/2025) for display. */
    public record CommuneOn(long id, String code, String name, String districtName, UnitType type) {}

    /** The communes below {@code rootId} (a province or district) as the tree stood on {@code date}, by name. */
    public List<CommuneOn> communesUnder(long rootId, LocalDate date) {
        return jdbc.sql("""
                        with recursive tree(id, level, district) as (
                            select ?::bigint, null::varchar, null::varchar
                            union all
                            select s.unit_id, u.level, case when u.level = 'DISTRICT' then s.name else t.district end
                            from tree t
                            join admin_unit_state s on s.parent_id = t.id and s.valid_from <= ?
                                 and (s.valid_to is null or s.valid_to > ?)
                            join admin_unit u on u.id = s.unit_id and u.level in ('DISTRICT', 'COMMUNE'))
                        select t.id, u.code, s.name, t.district, s.unit_type from tree t
                        join admin_unit u on u.id = t.id and u.level = 'COMMUNE'
                        join admin_unit_state s on s.unit_id = t.id and s.valid_from <= ?
                             and (s.valid_to is null or s.valid_to > ?)
                        order by s.search_name""")
                .params(rootId, Date.valueOf(date), Date.valueOf(date), Date.valueOf(date), Date.valueOf(date))
                .query((rs, n) -> new CommuneOn(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        UnitType.valueOf(rs.getString(5))))
                .list();
    }

    private static Long[] keys(Map<Long, LocalDate> unitDates) {
        return unitDates.keySet().toArray(Long[]::new);
    }

    /** Dates in the same order as {@link #keys}: a map's iteration order is stable while it is not changed. */
    private static String[] dates(Map<Long, LocalDate> unitDates) {
        return unitDates.values().stream().map(LocalDate::toString).toArray(String[]::new);
    }
}
