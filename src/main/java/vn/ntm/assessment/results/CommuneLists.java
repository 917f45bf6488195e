package vn.ntm.assessment.results;

import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ntm.assessment.Results.CommuneFilter;
import vn.ntm.assessment.Results.CommunePage;
import vn.ntm.assessment.Results.CommuneStanding;
import vn.ntm.criteria.CriteriaMetBand;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.text.Messages;
import vn.ntm.unit.UnitLevel;
import vn.ntm.unit.UnitType;

/**
 * The communes under a unit, or of the country, with their stored standing, filtered, sorted and paged in SQL (the
 * country's 10,000 communes never come into memory): one statement that walks the unit tree once and answers the counts of every commune and one page.
 * Only communes of the unit types the set covers, and that the caller may read, are listed and counted. Units
 * are read through the unit module's views, as they were on {@code date}.
 */
@Repository
class CommuneLists {

    private static final Set<String> SORTS = Set.of("name", "met", "metDesc");

    private final JdbcClient jdbc;

    CommuneLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param rootId the unit under which to list, or null for every province in force on {@code date}
     * @param readable the units the caller may read, or null when every unit
     */
    CommunePage page(
            Long rootId,
            CriteriaSet set,
            int year,
            LocalDate date,
            Set<Long> readable,
            CommuneFilter filter,
            int page,
            int size) {
        Map<String, Object> params = new HashMap<>();
        params.put("root", rootId == null ? 0L : rootId);
        params.put("date", Date.valueOf(date));
        params.put("set", set.id());
        params.put("year", year);
        params.put(
                "types",
                Arrays.stream(UnitType.values())
                        .filter(t -> set.coverage().covers(UnitLevel.COMMUNE, t))
                        .map(Enum::name)
                        .toArray(String[]::new));
        if (readable != null) {
            params.put("readable", readable.toArray(Long[]::new));
        }
        String listed = listed(rootId == null, readable != null);
        String matches = matches(filter, params);

        params.put("size", size);
        params.put("offset", (long) page * size);
        Map<Integer, Long> byMet = new HashMap<>();
        int[] counts = new int[4]; // total, meeting, with results, matching
        List<CommuneStanding> items = new ArrayList<>();
        // one statement, so the unit tree is walked once: the counts by criteria met (part 0), then the page (part 1)
        jdbc.sql(listed + """
                        , counts as (
                            select met_count, count(*) as n, count(*) filter (where verdict = 'MEETS') as meets,
                                count(*) filter (where %1$s) as matching
                            from listed group by met_count),
                        shown as (
                            select id, code, name, district, met_count, criteria_count, verdict, effective_key,
                                row_number() over (order by %2$s) as ord
                            from listed where %1$s
                            order by %2$s
                            limit :size offset :offset)
                        select 0 as part, null::bigint as id, null::varchar as code, null::varchar as name,
                            null::varchar as district, met_count, null::integer as criteria_count,
                            null::varchar as verdict, null::varchar as effective_key, null::varchar[] as unmet,
                            n, meets, matching, 0::bigint as ord
                        from counts
                        union all
                        select 1, id, code, name, district, met_count, criteria_count, verdict, effective_key,
                            array(select i.code from indicator_result ir
                                  join criteria_indicator_view i on i.id = ir.indicator_id
                                  where ir.set_id = :set and ir.year = :year and ir.unit_id = shown.id
                                    and ir.status = 'NOT_MET'
                                  order by i.sort),
                            null, null, null, ord
                        from shown
                        order by part, ord""".formatted(matches, order(filter.sort())))
                .params(params)
                .query(rs -> {
                    if (rs.getInt(1) == 0) {
                        Integer met = rs.getObject(6, Integer.class);
                        int n = rs.getInt(11);
                        counts[0] += n;
                        counts[1] += rs.getInt(12);
                        counts[3] += rs.getInt(13);
                        if (met != null) {
                            counts[2] += n;
                            byMet.put(met, (long) n);
                        }
                        return;
                    }
                    items.add(new CommuneStanding(
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getObject(6, Integer.class),
                            rs.getObject(7, Integer.class),
                            rs.getString(8),
                            rs.getString(9),
                            codes(rs.getArray(10))));
                });
        Map<String, Long> byBucket = new LinkedHashMap<>();
        for (CriteriaMetBand b : set.buckets()) {
            byBucket.put(
                    b.label(Messages.currentLocale()),
                    byMet.entrySet().stream()
                            .filter(e -> b.contains(e.getKey()))
                            .mapToLong(Map.Entry::getValue)
                            .sum());
        }
        return new CommunePage(
                set.code(), year, date, items, page, size, counts[3], counts[0], counts[1], counts[2], byBucket);
    }

    /**
     * The communes under the root (or under every province) on the date, each with the former district it lay in,
     * the name it is sorted by and its stored result, if any.
     */
    private static String listed(boolean country, boolean limited) {
        String roots = country ? """
                        select u.id, s.search_name from unit_view u
                        join unit_state_view s on s.unit_id = u.id and s.valid_from <= :date
                            and (s.valid_to is null or s.valid_to > :date)
                        where u.level = 'PROVINCE' and u.valid_from <= :date
                            and (u.valid_to is null or u.valid_to > :date)""" : "select cast(:root as bigint), ''";
        return """
                with recursive roots(id, root_name) as (%s),
                tree(id, level, district, root_name) as (
                    select id, null::varchar, null::varchar, root_name from roots
                    union all
                    select s.unit_id, u.level, case when u.level = 'DISTRICT' then s.name else t.district end,
                        t.root_name
                    from tree t
                    join unit_state_view s on s.parent_id = t.id and s.valid_from <= :date
                        and (s.valid_to is null or s.valid_to > :date)
                    join unit_view u on u.id = s.unit_id and u.level in ('DISTRICT', 'COMMUNE')),
                listed as (
                    select t.id, u.code, s.name, t.district, s.search_name, t.root_name,
                        r.met_count, r.criteria_count, r.verdict, r.effective_key
                    from tree t
                    join unit_view u on u.id = t.id and u.level = 'COMMUNE'
                    join unit_state_view s on s.unit_id = t.id and s.valid_from <= :date
                        and (s.valid_to is null or s.valid_to > :date)
                    left join unit_result r on r.set_id = :set and r.year = :year and r.unit_id = t.id
                    where s.unit_type = any(:types)%s)
                """.formatted(roots, limited ? " and t.id = any(:readable)" : "");
    }

    /** The filter as a condition on {@code listed}; its values go into {@code params}. Null or blank: any. */
    private static String matches(CommuneFilter f, Map<String, Object> params) {
        List<String> and = new ArrayList<>();
        if (f.minMet() != null) {
            and.add("met_count >= :minMet");
            params.put("minMet", f.minMet());
        }
        if (f.maxMet() != null) {
            and.add("met_count <= :maxMet");
            params.put("maxMet", f.maxMet());
        }
        if (!blank(f.verdict())) {
            and.add("verdict = :verdict");
            params.put("verdict", f.verdict().trim());
        }
        if (!blank(f.district())) {
            and.add("district = :district");
            params.put("district", f.district().trim());
        }
        if (!blank(f.unmetIndicator())) {
            and.add("""
                    exists (select 1 from indicator_result ir join criteria_indicator_view i on i.id = ir.indicator_id
                            where ir.set_id = :set and ir.year = :year and ir.unit_id = listed.id
                              and ir.status = 'NOT_MET' and i.code = :unmet)""");
            params.put("unmet", f.unmetIndicator().trim());
        }
        if (!blank(f.key())) {
            and.add("effective_key = :key");
            params.put("key", f.key());
        }
        return and.isEmpty() ? "true" : String.join(" and ", and);
    }

    /** By name within each province (the order of names), or by criteria met (no result first), then by name. */
    private static String order(String sort) {
        String byName = "root_name, search_name, id";
        return switch (sort == null || !SORTS.contains(sort) ? "name" : sort) {
            case "met" -> "met_count nulls first, " + byName;
            case "metDesc" -> "met_count desc nulls last, " + byName;
            default -> byName;
        };
    }

    private static List<String> codes(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
