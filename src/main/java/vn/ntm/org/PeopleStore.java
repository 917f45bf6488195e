package vn.ntm.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.ntm.text.SearchKey;

/** SQL for people and their positions. */
@Repository
class PeopleStore {

    /** A stored person, without positions. */
    record Person(long id, String fullName, String email, String phone, long unitId, boolean demo, int version) {}

    private final JdbcClient jdbc;

    PeopleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Person> byId(long id) {
        return jdbc.sql("select * from person where id = ?")
                .param(id)
                .query(PeopleStore::person)
                .optional();
    }

    Optional<Person> byEmail(String email) {
        return jdbc.sql("select * from person where lower(email) = lower(?)")
                .param(email)
                .query(PeopleStore::person)
                .optional();
    }

    /** The first person of the unit with this name (ignoring diacritics and case) and no email, if any. */
    Optional<Person> byNameWithoutEmail(long unitId, String fullName) {
        return jdbc.sql(
                        "select * from person where unit_id = ? and search_name = ? and email is null order by id limit 1")
                .params(unitId, SearchKey.of(fullName))
                .query(PeopleStore::person)
                .optional();
    }

    List<Person> ofUnit(long unitId) {
        return jdbc.sql("select * from person where unit_id = ? order by search_name, id")
                .param(unitId)
                .query(PeopleStore::person)
                .list();
    }

    long insert(long unitId, String fullName, String email, String phone, boolean demo) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into person (full_name, search_name, email, phone, unit_id, demo) values (?, ?, ?, ?, ?, ?)""")
                .params(fullName, SearchKey.of(fullName), email, phone, unitId, demo)
                .update(key, "id");
        return key.getKey().longValue();
    }

    List<PositionView> positions(long personId) {
        return jdbc.sql("""
                select p.*, b.name as body_name from person_position p join body b on b.id = p.body_id
                where p.person_id = ? order by p.valid_from, p.id""").param(personId).query(PeopleStore::position).list();
    }

    Optional<PositionView> position(long id) {
        return jdbc.sql("""
                select p.*, b.name as body_name from person_position p join body b on b.id = p.body_id
                where p.id = ?""").param(id).query(PeopleStore::position).optional();
    }

    /** Whether the person already holds this title (ignoring case) in the body, open-ended or still running on {@code on}. */
    boolean holds(long personId, long bodyId, String title, LocalDate on) {
        return jdbc.sql("""
                select count(*) from person_position
                where person_id = ? and body_id = ? and lower(title) = lower(?) and (valid_to is null or valid_to > ?)""")
                        .params(personId, bodyId, title, on)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insertPosition(long personId, long bodyId, String title, String positionCode, LocalDate from, LocalDate to) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into person_position (person_id, body_id, title, position_code, valid_from, valid_to)
                values (?, ?, ?, ?, ?, ?)""").params(personId, bodyId, title, positionCode, from, to).update(key, "id");
        return key.getKey().longValue();
    }

    /** The list of position types, in their usual order, each with the body types it exists in. */
    List<PositionType> positionTypes() {
        return jdbc.sql("""
                select t.*, coalesce(array_agg(b.body_type order by b.body_type)
                                     filter (where b.body_type is not null), '{}') as body_types
                from position_type t left join position_body_type b on b.position_code = t.code
                group by t.code order by t.sort, t.code""").query(PeopleStore::positionType).list();
    }

    /**
     * The holders of a signing position on {@code on}: in the body, and, when its type is led by its parent's
     * leaders ({@code body_type.parent_leaders_sign}), in its parent body for the positions that exist in its type too
     * (the Bí thư of the Đảng ủy heads its Ban Thường vụ); parent null: the body only.
     */
    List<Signer> signers(long bodyId, String bodyType, Long parentBodyId, LocalDate on) {
        return jdbc.sql("""
                select pp.*, b.name as body_name, p.full_name, t.name_vi, t.name_en
                from person_position pp
                join person p on p.id = pp.person_id
                join body b on b.id = pp.body_id
                join position_type t on t.code = pp.position_code
                where t.signs and pp.valid_from <= ? and (pp.valid_to is null or pp.valid_to > ?)
                  and (pp.body_id = ?
                       or (pp.body_id = cast(? as bigint)
                           and exists (select 1 from body_type bt where bt.code = ? and bt.parent_leaders_sign)
                           and exists (select 1 from position_body_type x
                                       where x.position_code = pp.position_code and x.body_type = ?)))
                order by case when pp.body_id = ? then 0 else 1 end, t.sort, p.search_name, pp.id""")
                .params(on, on, bodyId, parentBodyId, bodyType, bodyType, bodyId)
                .query(PeopleStore::signer)
                .list();
    }

    boolean endPosition(long id, int version, LocalDate to) {
        return jdbc.sql("update person_position set valid_to = ?, version = version + 1 where id = ? and version = ?")
                        .params(to, id, version)
                        .update()
                == 1;
    }

    private static Person person(ResultSet rs, int row) throws SQLException {
        return new Person(
                rs.getLong("id"),
                rs.getString("full_name"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getLong("unit_id"),
                rs.getBoolean("demo"),
                rs.getInt("version"));
    }

    private static PositionView position(ResultSet rs, int row) throws SQLException {
        return new PositionView(
                rs.getLong("id"),
                rs.getLong("person_id"),
                rs.getLong("body_id"),
                rs.getString("body_name"),
                rs.getString("title"),
                rs.getString("position_code"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class),
                rs.getInt("version"));
    }

    private static PositionType positionType(ResultSet rs, int row) throws SQLException {
        return new PositionType(
                rs.getString("code"),
                rs.getString("name_vi"),
                rs.getString("name_en"),
                rs.getBoolean("signs"),
                rs.getInt("sort"),
                Arrays.asList((String[]) rs.getArray("body_types").getArray()));
    }

    private static Signer signer(ResultSet rs, int row) throws SQLException {
        return new Signer(
                rs.getLong("person_id"),
                rs.getString("full_name"),
                rs.getLong("id"),
                rs.getLong("body_id"),
                rs.getString("body_name"),
                rs.getString("position_code"),
                rs.getString("name_vi"),
                rs.getString("name_en"),
                rs.getString("title"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class));
    }
}
