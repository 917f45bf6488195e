package vn.ntm.criteria;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ntm.audit.Change;
import vn.ntm.errors.NotFoundException;
import vn.ntm.unit.UnitType;

/** SQL for sets, criteria, indicators, thresholds and overlays. */
@Repository
class CatalogStore {

    private final JdbcClient jdbc;
    private final NumberLimits limits;

    CatalogStore(JdbcClient jdbc, NumberLimits limits) {
        this.jdbc = jdbc;
        this.limits = limits;
    }

    /** Moved on by every committed change of sets, criteria, indicators and thresholds (V17's triggers). */
    long version() {
        return jdbc.sql("select version from catalog_version").query(Long.class).single();
    }

    List<CriteriaSet> headers() {
        return jdbc.sql("select * from criteria_set order by period_from, code")
                .query((rs, n) -> set(rs, List.of()))
                .list();
    }

    Optional<CriteriaSet> byCode(String code) {
        return jdbc.sql("select id from criteria_set where code = ?")
                .param(code)
                .query(Long.class)
                .optional()
                .flatMap(this::byId);
    }

    Optional<CriteriaSet> byId(long id) {
        Map<Long, List<Indicator>> indicators = new LinkedHashMap<>();
        jdbc.sql("""
                        select i.*, c.number from indicator i join criterion c on c.id = i.criterion_id
                        where i.set_id = ? order by i.sort""")
                .param(id)
                .query((rs, n) -> indicator(rs))
                .list()
                .forEach(i -> indicators
                        .computeIfAbsent(i.criterionId(), k -> new ArrayList<>())
                        .add(i));
        List<Criterion> criteria = jdbc.sql("select * from criterion where set_id = ? order by number")
                .param(id)
                .query((rs, n) -> new Criterion(
                        rs.getLong("id"),
                        rs.getInt("number"),
                        rs.getString("name_vi"),
                        rs.getString("name_en"),
                        rs.getString("owner_body_type"),
                        rs.getBoolean("verified"),
                        indicators.getOrDefault(rs.getLong("id"), List.of())))
                .list();
        return jdbc.sql("select * from criteria_set where id = ?")
                .param(id)
                .query((rs, n) -> set(rs, criteria))
                .optional();
    }

    private CriteriaSet set(ResultSet rs, List<Criterion> criteria) throws SQLException {
        long id = rs.getLong("id");
        List<CriteriaMetBand> buckets = jdbc.sql("select * from criteria_bucket where set_id = ? order by min_met desc")
                .param(id)
                .query((b, n) -> new CriteriaMetBand(
                        b.getInt("min_met"), b.getInt("max_met"), b.getString("label_vi"), b.getString("label_en")))
                .list();
        return new CriteriaSet(
                id,
                rs.getString("code"),
                rs.getString("name_vi"),
                rs.getString("name_en"),
                SetLevel.valueOf(rs.getString("level")),
                rs.getInt("period_from"),
                rs.getInt("period_to"),
                rs.getString("legal_reference"),
                Keying.valueOf(rs.getString("keying")),
                rs.getString("especially_difficult_key"),
                (Integer) rs.getObject("declared_criteria"),
                (Integer) rs.getObject("declared_indicators"),
                rs.getBoolean("verified"),
                rs.getString("note"),
                rs.getBoolean("demo"),
                rs.getInt("version"),
                buckets,
                criteria,
                unitTypes(rs.getString("unit_types")));
    }

    /** "XA,PHUONG" as stored; unknown names (a type the product no longer has) are left out. */
    static List<UnitType> unitTypes(String stored) {
        return Arrays.stream(stored.split(","))
                .map(String::trim)
                .filter(t -> !t.isEmpty())
                .flatMap(t ->
                        Arrays.stream(UnitType.values()).filter(u -> u.name().equals(t)))
                .toList();
    }

    static String stored(List<UnitType> types) {
        return String.join(",", types.stream().map(Enum::name).toList());
    }

    static Citation citation(ResultSet rs, String documentColumn) throws SQLException {
        Date date = rs.getDate("source_date");
        return new Citation(
                rs.getString(documentColumn),
                rs.getString("source_article"),
                date == null ? null : date.toLocalDate(),
                rs.getString("source_url"));
    }

    static Provenance provenance(ResultSet rs, String documentColumn) throws SQLException {
        Timestamp at = rs.getTimestamp("entered_at");
        return new Provenance(
                rs.getString("entered_by"), at == null ? null : at.toInstant(), citation(rs, documentColumn));
    }

    private Indicator indicator(ResultSet rs) throws SQLException {
        String comparison = rs.getString("comparison");
        return new Indicator(
                rs.getLong("id"),
                rs.getLong("criterion_id"),
                rs.getInt("number"),
                rs.getString("code"),
                rs.getString("text_vi"),
                rs.getString("text_en"),
                rs.getString("measure_unit"),
                IndicatorKind.valueOf(rs.getString("kind")),
                comparison == null ? null : Comparison.valueOf(comparison),
                rs.getBigDecimal("min_value"),
                rs.getBigDecimal("max_value"),
                rs.getBoolean("wording_verified"),
                rs.getString("note"),
                rs.getInt("sort"),
                rs.getInt("version"),
                provenance(rs, "source_document"),
                limits.ruleFor(rs.getString("measure_unit")));
    }

    Optional<String> contentHash(String table, long id) {
        return jdbc.sql("select content_hash from " + table + " where id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    Map<Long, List<String>> sources(long setId) {
        Map<Long, List<String>> map = new LinkedHashMap<>();
        jdbc.sql("""
                        select s.indicator_id, s.source_set_code || ':' || s.source_indicator_code
                        from indicator_source s join indicator i on i.id = s.indicator_id where i.set_id = ?
                        order by i.sort, 2""").param(setId).query(rs -> {
            map.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        return map;
    }

    void replaceSources(long indicatorId, List<String> sources) {
        jdbc.sql("delete from indicator_source where indicator_id = ?")
                .param(indicatorId)
                .update();
        for (String source : sources) {
            String[] parts = source.split(":", 2);
            jdbc.sql(
                            "insert into indicator_source (indicator_id, source_set_code, source_indicator_code) values (?, ?, ?)")
                    .params(indicatorId, parts[0].trim(), parts[1].trim())
                    .update();
        }
    }

    /** The set of an indicator. */
    long setOf(long indicatorId) {
        return jdbc.sql("select set_id from indicator where id = ?")
                .param(indicatorId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("id", "authoring.error.indicatorNotFound", indicatorId));
    }

    /** National and provincial thresholds of an indicator. */
    int thresholdCount(long indicatorId) {
        return jdbc.sql("select count(*) from threshold where indicator_id = ?")
                .param(indicatorId)
                .query(Integer.class)
                .single();
    }

    // ---- thresholds

    /** Thresholds of a set: national ones when {@code overlayId} is null, else the overlay's. */
    List<Threshold> thresholds(long setId, Long overlayId) {
        String sql = "select t.* from threshold t join indicator i on i.id = t.indicator_id where i.set_id = ? and "
                + (overlayId == null ? "t.overlay_id is null" : "t.overlay_id = ?")
                + " order by i.sort, t.key, t.year";
        var spec = jdbc.sql(sql).param(setId);
        if (overlayId != null) {
            spec = spec.param(overlayId);
        }
        return spec.query((rs, n) -> threshold(rs)).list();
    }

    Optional<Threshold> threshold(long id) {
        return jdbc.sql("select * from threshold where id = ?")
                .param(id)
                .query((rs, n) -> threshold(rs))
                .optional();
    }

    private static Threshold threshold(ResultSet rs) throws SQLException {
        return new Threshold(
                rs.getLong("id"),
                rs.getLong("indicator_id"),
                (Long) rs.getObject("overlay_id"),
                rs.getString("key"),
                (Integer) rs.getObject("year"),
                rs.getBigDecimal("value"),
                rs.getString("source"),
                rs.getBoolean("verified"),
                rs.getInt("version"),
                provenance(rs, "source"));
    }

    /**
     * Thresholds as labels, "15.4 [TDMNPB]" → "≥ 50": national ones of a set ({@code overlayId} null) or an
     * overlay's, so that an import can audit exactly what it changed.
     */
    Map<String, String> thresholdLabels(long setId, Long overlayId) {
        Map<String, String> map = new TreeMap<>();
        jdbc.sql("select i.code, i.comparison, t.key, t.year, t.value from threshold t "
                        + "join indicator i on i.id = t.indicator_id where i.set_id = ? and "
                        + (overlayId == null
                                ? "t.overlay_id is null and cast(? as bigint) is null"
                                : "t.overlay_id = ?"))
                .params(setId, overlayId)
                .query(rs -> {
                    String year = rs.getObject(4) == null ? "" : " " + rs.getInt(4);
                    map.put(
                            rs.getString(1) + " [" + rs.getString(3) + year + "]",
                            Comparison.valueOf(rs.getString(2)).symbol() + " "
                                    + rs.getBigDecimal(5).stripTrailingZeros().toPlainString());
                });
        return map;
    }

    /** What judging depends on besides thresholds: indicators, their kind, comparison and criterion. */
    String structure(long setId) {
        return String.join(";", jdbc.sql("""
                        select i.code || '|' || i.kind || '|' || coalesce(i.comparison, '') || '|' || c.number
                        from indicator i join criterion c on c.id = i.criterion_id where i.set_id = ?
                        order by 1""").param(setId).query(String.class).list());
    }

    /** The keys ("DBSH", "*") of the thresholds whose label differs between the two maps. */
    static Set<String> changedKeys(Map<String, String> before, Map<String, String> after) {
        Set<String> labels = new HashSet<>(before.keySet());
        labels.addAll(after.keySet());
        Set<String> keys = new HashSet<>();
        for (String label : labels) {
            if (!Objects.equals(before.get(label), after.get(label))) {
                String inside = label.substring(label.indexOf('[') + 1, label.length() - 1);
                keys.add(inside.split(" ")[0]);
            }
        }
        return keys;
    }

    /** Records in {@code change} every label whose value differs between the two maps. */
    static void diff(Map<String, String> before, Map<String, String> after, Change change) {
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        keys.forEach(k -> change.field(k, before.get(k), after.get(k)));
    }

    // ---- overlays

    List<OwnerAssignment> owners(long overlayId) {
        return jdbc.sql("""
                        select o.*, c.number from overlay_owner o join criterion c on c.id = o.criterion_id
                        where o.overlay_id = ? order by c.number""")
                .param(overlayId)
                .query((rs, n) -> new OwnerAssignment(
                        rs.getLong("overlay_id"),
                        rs.getLong("criterion_id"),
                        rs.getInt("number"),
                        rs.getString("body_type"),
                        provenance(rs, "source_document"),
                        rs.getInt("version")))
                .list();
    }

    private static final String OVERLAY_SELECT = """
            select o.*, s.code as set_code, u.code as province_code, u.valid_from as province_valid_from,
                   (select st.name from unit_state_view st where st.unit_id = u.id
                    order by st.valid_from desc limit 1) as province_name
            from criteria_overlay o join criteria_set s on s.id = o.set_id join unit_view u on u.id = o.province_unit_id
            """;

    List<Overlay> overlays(Long setId) {
        return jdbc.sql(OVERLAY_SELECT + " where cast(? as bigint) is null or o.set_id = ?"
                        + " order by s.code, u.code, o.valid_from")
                .params(setId, setId)
                .query((rs, n) -> overlay(rs))
                .list();
    }

    Optional<Overlay> overlay(long id) {
        return jdbc.sql(OVERLAY_SELECT + " where o.id = ?")
                .param(id)
                .query((rs, n) -> overlay(rs))
                .optional();
    }

    Optional<Overlay> overlayOn(long setId, long provinceUnitId, LocalDate date) {
        return jdbc.sql(OVERLAY_SELECT + """
                         where o.set_id = ? and o.province_unit_id = ? and o.valid_from <= ?
                         and (o.valid_to is null or o.valid_to > ?)""")
                .params(setId, provinceUnitId, Date.valueOf(date), Date.valueOf(date))
                .query((rs, n) -> overlay(rs))
                .optional();
    }

    List<Overlay> overlapping(long setId, long provinceUnitId, LocalDate from, LocalDate to) {
        return jdbc.sql(OVERLAY_SELECT + """
                         where o.set_id = ? and o.province_unit_id = ? and (o.valid_to is null or o.valid_to > ?)
                         and (cast(? as date) is null or o.valid_from < ?)""")
                .params(
                        setId,
                        provinceUnitId,
                        Date.valueOf(from),
                        to == null ? null : Date.valueOf(to),
                        to == null ? null : Date.valueOf(to))
                .query((rs, n) -> overlay(rs))
                .list();
    }

    private static Overlay overlay(ResultSet rs) throws SQLException {
        Date decided = rs.getDate("decision_date");
        Date to = rs.getDate("valid_to");
        return new Overlay(
                rs.getLong("id"),
                rs.getLong("set_id"),
                rs.getString("set_code"),
                rs.getLong("province_unit_id"),
                rs.getString("province_code"),
                rs.getString("province_name"),
                rs.getDate("province_valid_from").toLocalDate(),
                rs.getString("decision"),
                decided == null ? null : decided.toLocalDate(),
                rs.getString("title"),
                rs.getDate("valid_from").toLocalDate(),
                to == null ? null : to.toLocalDate(),
                rs.getInt("revision"),
                rs.getBoolean("demo"),
                rs.getInt("version"));
    }
}
