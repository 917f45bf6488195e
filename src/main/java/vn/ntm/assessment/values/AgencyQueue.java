package vn.ntm.assessment.values;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.assessment.ValueState;
import vn.ntm.criteria.Catalog;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.org.BodyDirectory;
import vn.ntm.scope.CurrentScope;
import vn.ntm.scope.Permissions;
import vn.ntm.scope.UnitScope;

/**
 * What an agency has to check: across the communes in its scope, the values of the criteria its body type owns
 * (submitted ones first): owned as the province assigned them in the overlay the unit was judged under, else as
 * the criterion suggests. A province officer sees the criteria that have no owning body.
 */
@Service
@Transactional(readOnly = true)
public class AgencyQueue {

    private static final int LIMIT = 500;

    private final Catalog catalog;
    private final BodyDirectory bodies;
    private final CurrentScope scope;
    private final JdbcClient jdbc;

    AgencyQueue(Catalog catalog, BodyDirectory bodies, CurrentScope scope, JdbcClient jdbc) {
        this.catalog = catalog;
        this.bodies = bodies;
        this.scope = scope;
        this.jdbc = jdbc;
    }

    /** {@code checkable}: the caller may verify or return it (a former unit's values are only read). */
    public record Item(
            long valueId,
            long unitId,
            String unitName,
            String code,
            String text,
            BigDecimal number,
            Boolean met,
            boolean notEvaluated,
            String notEvaluatedReason,
            ValueState state,
            int version,
            String returnReason,
            String enteredBy,
            boolean checkable) {}

    /** The body type that checks a value: the one the province assigned in the unit's overlay, else the suggestion. */
    private static final String OWNED_BY = """
            left join unit_result r on r.set_id = v.set_id and r.year = v.year and r.unit_id = v.unit_id
            left join criteria_overlay_owner_view o on o.overlay_id = r.overlay_id and o.criterion_id = c.id
            where v.set_id = ? and v.year = ? and coalesce(o.body_type, c.owner_body_type, '') = ?
            """;

    /** The owner the caller checks for (a body type code), or null when the caller checks nothing. */
    public String ownerOfCaller() {
        return Permissions.ownerVerifiedBy(scope.actor(), id -> bodies.get(id).bodyType());
    }

    /**
     * How many submitted values the caller has to verify in a set's year (0 when the caller checks nothing): in the
     * units the caller may change, the only ones whose values they may verify.
     */
    public long awaiting(String setCode, int year) {
        CriteriaSet set = catalog.set(setCode);
        String owner = ownerOfCaller();
        if (owner == null) {
            return 0;
        }
        UnitScope mine = scope.get();
        Long[] ids = mine.national() ? null : mine.writable().toArray(Long[]::new);
        return jdbc.sql("""
                        select count(*) from assessment_value v join criteria_indicator_view i on i.id = v.indicator_id
                        join criteria_criterion_view c on c.id = i.criterion_id
                        """ + OWNED_BY + """
                          and v.state = 'SUBMITTED' and (cast(? as bigint[]) is null or v.unit_id = any(?))""")
                .params(set.id(), year, owner, ids, ids)
                .query(Long.class)
                .single();
    }

    public List<Item> items(String setCode, int year) {
        CriteriaSet set = catalog.set(setCode);
        String owner = ownerOfCaller();
        if (owner == null) {
            return List.of();
        }
        UnitScope mine = scope.get();
        Set<Long> readable = mine.readableOrNull();
        return jdbc.sql("""
                        select v.id, v.unit_id, i.code, i.text_vi, v.numeric_value, v.met, v.not_evaluated,
                            v.not_evaluated_reason, v.state, v.version, v.return_reason, v.entered_by,
                            (select s.name from unit_state_view s where s.unit_id = v.unit_id
                             order by s.valid_from desc limit 1) as unit_name
                        from assessment_value v join criteria_indicator_view i on i.id = v.indicator_id
                        join criteria_criterion_view c on c.id = i.criterion_id
                        """ + OWNED_BY + """
                          and (cast(? as bigint[]) is null or v.unit_id = any(?))
                        order by case v.state when 'SUBMITTED' then 0 when 'RETURNED' then 1 else 2 end,
                                 unit_name, i.sort
                        limit ?""")
                .params(
                        set.id(),
                        year,
                        owner,
                        readable == null ? null : readable.toArray(Long[]::new),
                        readable == null ? null : readable.toArray(Long[]::new),
                        LIMIT)
                .query((rs, n) -> new Item(
                        rs.getLong("id"),
                        rs.getLong("unit_id"),
                        rs.getString("unit_name"),
                        rs.getString("code"),
                        rs.getString("text_vi"),
                        rs.getBigDecimal("numeric_value"),
                        (Boolean) rs.getObject("met"),
                        rs.getBoolean("not_evaluated"),
                        rs.getString("not_evaluated_reason"),
                        ValueState.valueOf(rs.getString("state")),
                        rs.getInt("version"),
                        rs.getString("return_reason"),
                        rs.getString("entered_by"),
                        mine.canWrite(rs.getLong("unit_id"))))
                .list();
    }
}
