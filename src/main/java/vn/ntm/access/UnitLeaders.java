package vn.ntm.access;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who leads a unit: the enabled accounts with the commune leader's role bound to it (for separation of duties). */
@Component
public class UnitLeaders {

    private final JdbcClient jdbc;

    UnitLeaders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The usernames of the unit's enabled commune leaders. */
    public List<String> of(long unitId) {
        return jdbc.sql("""
                        select username from app_user where unit_id = ? and role = 'COMMUNE_LEADER' and enabled
                        order by username""").param(unitId).query(String.class).list();
    }
}
