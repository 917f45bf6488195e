package vn.ntm.scope;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the database holds, table by table: the row count and an order-independent sum of each row's hash, so any
 * insert, update or delete shows. Tables that change by merely being signed in (a session store) are left out; the
 * Flyway history never changes while the application runs.
 */
final class Fingerprint {

    private final JdbcClient jdbc;
    private final String sql;

    Fingerprint(JdbcClient jdbc) {
        this.jdbc = jdbc;
        List<String> tables = jdbc.sql("""
                        select table_name from information_schema.tables
                        where table_schema = current_schema() and table_type = 'BASE TABLE'
                          and table_name not like 'spring\\_session%' and table_name <> 'flyway_schema_history'
                        order by table_name""").query(String.class).list();
        List<String> parts = new ArrayList<>();
        for (String table : tables) {
            parts.add("select '" + table + "' as t, count(*) as n, coalesce(sum(hashtextextended(x::text, 0)), 0)::text"
                    + " as h from \"" + table + "\" x");
        }
        this.sql = String.join(" union all ", parts);
    }

    /**
     * The next transaction id the database will hand out. Every transaction that writes a row gets one, reading
     * never does: while it stays the same, nothing was written anywhere, and a full fingerprint is not needed.
     */
    long nextTransaction() {
        return jdbc.sql("select pg_snapshot_xmax(pg_current_snapshot())::text::bigint")
                .query(Long.class)
                .single();
    }

    /** Table name → "rows:hash". */
    Map<String, String> take() {
        Map<String, String> state = new TreeMap<>();
        jdbc.sql(sql)
                .query((rs, n) -> state.put(rs.getString(1), rs.getLong(2) + ":" + rs.getString(3)))
                .list();
        return state;
    }

    /** The tables whose content differs between two fingerprints, with their row counts before → after. */
    static List<String> changed(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((table, now) -> {
            String then = before.get(table);
            if (!now.equals(then)) {
                changed.add(table + " (" + (then == null ? "new" : then.split(":")[0]) + " → " + now.split(":")[0]
                        + " rows)");
            }
        });
        return changed;
    }
}
