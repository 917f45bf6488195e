package vn.ntm.unit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Administrators' decisions on mapping rows, one per row content and date, with a version for concurrent edits. */
@Repository
class MappingResolutionStore {

    private final JdbcClient jdbc;

    MappingResolutionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, MappingResolution> byKey(LocalDate effective) {
        Map<String, MappingResolution> byKey = new HashMap<>();
        all(effective).forEach(r -> byKey.put(r.rowKey(), r));
        return byKey;
    }

    List<MappingResolution> all(LocalDate effective) {
        return jdbc.sql("select * from unit_mapping_resolution where effective = ? order by row_no")
                .param(effective)
                .query(MappingResolutionStore::resolution)
                .list();
    }

    Optional<MappingResolution> find(LocalDate effective, String rowKey) {
        return jdbc.sql("select * from unit_mapping_resolution where effective = ? and row_key = ?")
                .params(effective, rowKey)
                .query(MappingResolutionStore::resolution)
                .optional();
    }

    /** Inserts the first decision on a row; empty when another one was stored first (a concurrent decision). */
    Optional<Long> insert(
            LocalDate effective,
            MappingRow row,
            Long oldUnitId,
            Long newUnitId,
            boolean inNoList,
            String reason,
            String by) {
        return jdbc.sql("""
                        insert into unit_mapping_resolution (effective, row_key, row_no, old_code, old_name,
                            old_district, old_province, new_code, new_name, new_province, old_unit_id, new_unit_id,
                            in_no_list, reason, resolved_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (effective, row_key) do nothing returning id""")
                .params(
                        effective,
                        row.key(),
                        row.row(),
                        row.oldCode(),
                        row.oldName(),
                        row.oldDistrict(),
                        row.oldProvince(),
                        row.newCode(),
                        row.newName(),
                        row.newProvince(),
                        oldUnitId,
                        newUnitId,
                        inNoList,
                        reason,
                        by)
                .query(Long.class)
                .optional();
    }

    /** Changes a decision if it still has {@code version}; false when someone changed it since. */
    boolean update(long id, int version, Long oldUnitId, Long newUnitId, boolean inNoList, String reason, String by) {
        return jdbc.sql("""
                        update unit_mapping_resolution set old_unit_id = ?, new_unit_id = ?, in_no_list = ?,
                            reason = ?, resolved_by = ?, resolved_at = now(), version = version + 1
                        where id = ? and version = ?""")
                        .params(oldUnitId, newUnitId, inNoList, reason, by, id, version)
                        .update()
                == 1;
    }

    static MappingRow row(ResultSet rs) throws SQLException {
        return new MappingRow(
                rs.getInt("row_no"),
                rs.getString("old_code"),
                rs.getString("old_name"),
                rs.getString("old_district"),
                rs.getString("old_province"),
                rs.getString("new_code"),
                rs.getString("new_name"),
                rs.getString("new_province"));
    }

    private static MappingResolution resolution(ResultSet rs, int n) throws SQLException {
        return new MappingResolution(
                rs.getLong("id"),
                rs.getObject("effective", LocalDate.class),
                rs.getString("row_key"),
                row(rs),
                (Long) rs.getObject("old_unit_id"),
                (Long) rs.getObject("new_unit_id"),
                rs.getBoolean("in_no_list"),
                rs.getString("reason"),
                rs.getString("resolved_by"),
                rs.getObject("resolved_at", OffsetDateTime.class),
                rs.getInt("version"));
    }
}
