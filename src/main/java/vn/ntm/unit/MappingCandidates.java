package vn.ntm.unit;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The units the rows of a mapping effective on a date are matched against, read once per import: the communes in
 * force the day before (and the names they had earlier), the communes in force on the date, the names provinces and
 * districts had, and which districts communes moved between (a district merged into another in early 2025).
 */
@Repository
class MappingCandidates {

    /**
     * A commune in one of its states. {@code districtId} is null when its parent is a province; {@code stateTo} is
     * the first day the name no longer held (null: still holds).
     */
    record Commune(
            long id, String code, String name, Long districtId, String district, long provinceId, LocalDate stateTo) {}

    /** A province or district name, with the province a district belonged to then. */
    record Named(long id, String name, Long parentId) {}

    /** A commune was in district {@code from} and is now in {@code to}: the districts' areas are related. */
    record Move(long from, long to) {}

    /** Everything matching needs for a mapping effective on {@code effective}. */
    record Snapshot(
            LocalDate effective,
            List<Commune> before,
            List<Commune> earlier,
            List<Commune> after,
            List<Named> provincesBefore,
            List<Named> districtsBefore,
            List<Move> moves,
            List<Commune> districtsWithoutCommunes,
            List<Named> provincesAfter) {

        LocalDate dayBefore() {
            return effective.minusDays(1);
        }
    }

    private final JdbcClient jdbc;

    MappingCandidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Snapshot load(LocalDate effective) {
        LocalDate before = effective.minusDays(1);
        return new Snapshot(
                effective,
                communesOn(before),
                earlierStates(before),
                communesOn(effective),
                names("PROVINCE", effective),
                names("DISTRICT", effective),
                moves(before),
                districtsWithoutCommunes(before),
                provincesOn(effective));
    }

    private static final String IN_FORCE = "%1$s.valid_from <= :d and (%1$s.valid_to is null or %1$s.valid_to > :d)";

    /** Communes in force on {@code date}, their parent (district or province) and province as they stood then. */
    List<Commune> communesOn(LocalDate date) {
        return jdbc.sql("""
                        select u.id, u.code, s.name, s.valid_to, p.level as parent_level, s.parent_id,
                               ps.name as parent_name, ps.parent_id as grandparent_id
                        from admin_unit u
                        join admin_unit_state s on s.unit_id = u.id and %s
                        join admin_unit p on p.id = s.parent_id
                        join admin_unit_state ps on ps.unit_id = s.parent_id and %s
                        where u.level = 'COMMUNE' and %s""".formatted(IN_FORCE.formatted("s"), IN_FORCE.formatted("ps"), IN_FORCE.formatted("u")))
                .param("d", Date.valueOf(date))
                .query(MappingCandidates::commune)
                .list();
    }

    /**
     * Names communes had before {@code date} and no longer had on it: merged into another or renamed by an earlier
     * resolution. Each with its district and province as they stood on the name's last day.
     */
    private List<Commune> earlierStates(LocalDate date) {
        return jdbc.sql("""
                        select u.id, u.code, s.name, s.valid_to, p.level as parent_level, s.parent_id,
                               ps.name as parent_name, ps.parent_id as grandparent_id
                        from admin_unit u
                        join admin_unit_state s on s.unit_id = u.id and s.valid_to <= :d
                        join admin_unit p on p.id = s.parent_id
                        join admin_unit_state ps on ps.unit_id = s.parent_id and ps.valid_from < s.valid_to
                             and (ps.valid_to is null or ps.valid_to >= s.valid_to)
                        where u.level = 'COMMUNE'""")
                .param("d", Date.valueOf(date))
                .query(MappingCandidates::commune)
                .list();
    }

    private static Commune commune(ResultSet rs, int n) throws SQLException {
        boolean underDistrict = "DISTRICT".equals(rs.getString("parent_level"));
        long parent = rs.getLong("parent_id");
        return new Commune(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                underDistrict ? parent : null,
                underDistrict ? rs.getString("parent_name") : null,
                underDistrict ? rs.getLong("grandparent_id") : parent,
                rs.getObject("valid_to", LocalDate.class));
    }

    /** Every name a province or district had before {@code date}, with the district's province then. */
    private List<Named> names(String level, LocalDate date) {
        return jdbc.sql("""
                        select distinct s.unit_id, s.name, s.parent_id from admin_unit_state s
                        join admin_unit u on u.id = s.unit_id
                        where u.level = ? and s.valid_from < ?""")
                .params(level, Date.valueOf(date))
                .query((rs, n) -> new Named(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3)))
                .list();
    }

    private List<Named> provincesOn(LocalDate date) {
        return jdbc.sql("""
                        select s.unit_id, s.name from admin_unit_state s join admin_unit u on u.id = s.unit_id
                        where u.level = 'PROVINCE' and %s""".formatted(IN_FORCE.formatted("s")))
                .param("d", Date.valueOf(date))
                .query((rs, n) -> new Named(rs.getLong(1), rs.getString(2), null))
                .list();
    }

    private List<Move> moves(LocalDate date) {
        return jdbc.sql("""
                        select distinct e.parent_id, c.parent_id from admin_unit_state e
                        join admin_unit_state c on c.unit_id = e.unit_id and %s
                        join admin_unit u on u.id = e.unit_id and u.level = 'COMMUNE'
                        where e.valid_to <= :d and e.parent_id <> c.parent_id""".formatted(IN_FORCE.formatted("c")))
                .param("d", Date.valueOf(date))
                .query((rs, n) -> new Move(rs.getLong(1), rs.getLong(2)))
                .list();
    }

    /**
     * Districts in force on {@code date} with no commune (the island districts before 2025: Côn Đảo, Lý Sơn…), as
     * candidates for the old unit of a row that names none. {@code districtId} is null, the province is the parent.
     */
    List<Commune> districtsWithoutCommunes(LocalDate date) {
        return jdbc.sql("""
                        select u.id, u.code, s.name, s.parent_id from admin_unit u
                        join admin_unit_state s on s.unit_id = u.id and %s
                        where u.level = 'DISTRICT' and %s and not exists (
                            select 1 from admin_unit_state cs join admin_unit cu on cu.id = cs.unit_id
                            where cu.level = 'COMMUNE' and cs.parent_id = u.id and %s)""".formatted(IN_FORCE.formatted("s"), IN_FORCE.formatted("u"), IN_FORCE.formatted("cs")))
                .param("d", Date.valueOf(date))
                .query((rs, n) ->
                        new Commune(rs.getLong(1), rs.getString(2), rs.getString(3), null, null, rs.getLong(4), null))
                .list();
    }
}
