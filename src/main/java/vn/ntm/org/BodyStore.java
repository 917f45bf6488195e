package vn.ntm.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.ntm.text.SearchKey;
import vn.ntm.unit.UnitLevel;

/** SQL for body types and bodies. */
@Repository
class BodyStore {

    /** A stored body with its type's Vietnamese name. */
    record Body(
            long id,
            long unitId,
            String bodyType,
            String bodyTypeName,
            String name,
            Long parentBodyId,
            boolean active,
            boolean demo,
            int version) {}

    private static final String SELECT = """
            select b.*, t.name_vi as type_name from body b join body_type t on t.code = b.body_type""";

    private final JdbcClient jdbc;

    BodyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<BodyType> types(UnitLevel level) {
        return jdbc.sql("select * from body_type where (cast(? as varchar) is null or level = ?) order by sort, code")
                .params(level == null ? null : level.name(), level == null ? null : level.name())
                .query(BodyStore::type)
                .list();
    }

    Optional<BodyType> type(String code) {
        return jdbc.sql("select * from body_type where code = ?")
                .param(code)
                .query(BodyStore::type)
                .optional();
    }

    /** Whether the body's type is an office (false for an unknown body). */
    boolean isOffice(long id) {
        return jdbc.sql("select t.office from body b join body_type t on t.code = b.body_type where b.id = ?")
                .param(id)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    Optional<Body> byId(long id) {
        return jdbc.sql(SELECT + " where b.id = ?")
                .param(id)
                .query(BodyStore::body)
                .optional();
    }

    List<Body> ofUnit(long unitId) {
        return jdbc.sql(SELECT + " where b.unit_id = ? order by t.sort, b.name")
                .param(unitId)
                .query(BodyStore::body)
                .list();
    }

    Optional<Body> byName(long unitId, String name) {
        return jdbc.sql(SELECT + " where b.unit_id = ? and b.search_name = ?")
                .params(unitId, SearchKey.of(name))
                .query(BodyStore::body)
                .optional();
    }

    long insert(long unitId, String bodyType, String name, Long parentBodyId, boolean demo) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into body (unit_id, body_type, name, search_name, parent_body_id, demo)
                values (?, ?, ?, ?, ?, ?)""")
                .params(unitId, bodyType, name, SearchKey.of(name), parentBodyId, demo)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Saves when {@code version} is still the stored one; false when someone saved in between. */
    boolean update(long id, int version, String bodyType, String name, Long parentBodyId, boolean active) {
        return jdbc.sql("""
                update body set body_type = ?, name = ?, search_name = ?, parent_body_id = ?, active = ?,
                       version = version + 1
                where id = ? and version = ?""")
                        .params(bodyType, name, SearchKey.of(name), parentBodyId, active, id, version)
                        .update()
                == 1;
    }

    private static BodyType type(ResultSet rs, int row) throws SQLException {
        return new BodyType(
                rs.getString("code"),
                UnitLevel.valueOf(rs.getString("level")),
                rs.getString("name_vi"),
                rs.getString("name_en"),
                rs.getBoolean("standard"),
                rs.getInt("sort"),
                rs.getBoolean("office"));
    }

    private static Body body(ResultSet rs, int row) throws SQLException {
        return new Body(
                rs.getLong("id"),
                rs.getLong("unit_id"),
                rs.getString("body_type"),
                rs.getString("type_name"),
                rs.getString("name"),
                (Long) rs.getObject("parent_body_id"),
                rs.getBoolean("active"),
                rs.getBoolean("demo"),
                rs.getInt("version"));
    }
}
