package vn.ntm.unit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows each mapping import run left unresolved, kept so an administrator can resolve them later. */
@Repository
class MappingOpenRows {

    /** An unresolved row: what the file said, the side found if one was, and why the row was not taken. */
    record OpenRow(MappingRow row, Long oldFoundId, Long newFoundId, MappingMatcher.Text reason) {}

    /** A mapping import run that was not refused: the one whose open rows the screen lists. */
    record Run(long id, String fileName, LocalDate effective, OffsetDateTime startedAt, String importedBy) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    MappingOpenRows(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void store(long importId, List<OpenRow> rows) {
        List<Object[]> values = new ArrayList<>(rows.size());
        for (OpenRow o : rows) {
            MappingRow r = o.row();
            values.add(new Object[] {
                importId,
                r.row(),
                r.key(),
                r.oldCode(),
                r.oldName(),
                r.oldDistrict(),
                r.oldProvince(),
                r.newCode(),
                r.newName(),
                r.newProvince(),
                o.oldFoundId(),
                o.newFoundId(),
                o.reason().key(),
                o.reason().args().toArray(String[]::new)
            });
        }
        template.batchUpdate("""
                insert into unit_mapping_open_row (import_id, row_no, row_key, old_code, old_name, old_district,
                    old_province, new_code, new_name, new_province, old_found_id, new_found_id, reason_key, reason_args)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", values);
    }

    /** The latest mapping import that was applied or found nothing to change. */
    Optional<Run> latestRun() {
        return jdbc.sql("""
                        select id, file_name, effective, started_at, imported_by from unit_import
                        where kind = ? and outcome in ('APPLIED', 'UNCHANGED') order by id desc limit 1""")
                .param(MappingImport.KIND)
                .query((rs, n) -> new Run(
                        rs.getLong("id"),
                        rs.getString("file_name"),
                        rs.getObject("effective", LocalDate.class),
                        rs.getObject("started_at", OffsetDateTime.class),
                        rs.getString("imported_by")))
                .optional();
    }

    List<OpenRow> of(long importId) {
        return jdbc.sql("select * from unit_mapping_open_row where import_id = ? order by row_no")
                .param(importId)
                .query(MappingOpenRows::openRow)
                .list();
    }

    Optional<OpenRow> find(long importId, String rowKey) {
        return jdbc.sql(
                        "select * from unit_mapping_open_row where import_id = ? and row_key = ? order by row_no limit 1")
                .params(importId, rowKey)
                .query(MappingOpenRows::openRow)
                .optional();
    }

    private static OpenRow openRow(ResultSet rs, int n) throws SQLException {
        Array args = rs.getArray("reason_args");
        List<String> reasonArgs = Arrays.asList((String[]) args.getArray());
        return new OpenRow(
                MappingResolutionStore.row(rs),
                (Long) rs.getObject("old_found_id"),
                (Long) rs.getObject("new_found_id"),
                new MappingMatcher.Text(rs.getString("reason_key"), reasonArgs));
    }
}
