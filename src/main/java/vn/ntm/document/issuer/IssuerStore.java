package vn.ntm.document.issuer;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The saved issuer settings, one row per body in {@code document_issuer}. */
@Repository
class IssuerStore {

    /** A saved row as stored. */
    record Row(
            long bodyId,
            String superiorLine,
            List<String> lines,
            String symbol,
            String place,
            long seriesOwnerBodyId,
            List<String> draftingUnits,
            int version) {}

    private final JdbcClient jdbc;

    IssuerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(long bodyId) {
        return jdbc.sql("select * from document_issuer where body_id = ?")
                .param(bodyId)
                .query(IssuerStore::row)
                .optional();
    }

    /** The first save of a body's settings; false when someone saved them meanwhile. */
    boolean insert(Row row, String by) {
        return jdbc.sql("""
                        insert into document_issuer (body_id, superior_line, issuer_lines, symbol, place,
                            series_owner_body_id, drafting_units, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (body_id) do nothing""")
                        .params(
                                row.bodyId(),
                                row.superiorLine(),
                                row.lines().toArray(String[]::new),
                                row.symbol(),
                                row.place(),
                                row.seriesOwnerBodyId(),
                                row.draftingUnits().toArray(String[]::new),
                                by)
                        .update()
                == 1;
    }

    /** A later save, only over the version it was made on; false when that version is no longer the stored one. */
    boolean update(Row row, int version, String by) {
        return jdbc.sql("""
                        update document_issuer set superior_line = ?, issuer_lines = ?, symbol = ?, place = ?,
                            series_owner_body_id = ?, drafting_units = ?, version = version + 1,
                            updated_by = ?, updated_at = now()
                        where body_id = ? and version = ?""")
                        .params(
                                row.superiorLine(),
                                row.lines().toArray(String[]::new),
                                row.symbol(),
                                row.place(),
                                row.seriesOwnerBodyId(),
                                row.draftingUnits().toArray(String[]::new),
                                by,
                                row.bodyId(),
                                version)
                        .update()
                == 1;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getLong("body_id"),
                rs.getString("superior_line"),
                strings(rs.getArray("issuer_lines")),
                rs.getString("symbol"),
                rs.getString("place"),
                rs.getLong("series_owner_body_id"),
                strings(rs.getArray("drafting_units")),
                rs.getInt("version"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
