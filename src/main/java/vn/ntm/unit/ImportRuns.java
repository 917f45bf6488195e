package vn.ntm.unit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ntm.imports.ImportMode;
import vn.ntm.text.VietnameseDates;

/** The record of import runs: which file (by SHA-256), when, by whom, and what it did. */
@Repository
class ImportRuns {

    record Run(
            long id,
            String kind,
            String fileName,
            LocalDate effective,
            String outcome,
            OffsetDateTime startedAt,
            String importedBy) {
        Run {
            startedAt = VietnameseDates.inVietnam(startedAt);
        }
    }

    private final JdbcClient jdbc;

    ImportRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long nextId() {
        return jdbc.sql("select nextval('unit_import_id_seq')")
                .query(Long.class)
                .single();
    }

    void record(
            long id,
            String kind,
            String fileName,
            String sha256,
            LocalDate effective,
            ImportMode mode,
            ImportReport.Outcome outcome,
            String summary,
            String user,
            Instant started,
            long durationMs) {
        jdbc.sql("""
                        insert into unit_import (id, kind, file_name, sha256, effective, mode, outcome, summary,
                                                 imported_by, started_at, duration_ms)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        kind,
                        fileName,
                        sha256,
                        effective,
                        mode.name(),
                        outcome.name(),
                        summary,
                        user,
                        OffsetDateTime.ofInstant(started, ZoneOffset.UTC),
                        durationMs)
                .update();
    }

    /** The latest applied run of a kind (the order in which national lists must come). */
    Optional<Run> lastApplied(String kind) {
        return jdbc.sql("""
                        select id, kind, file_name, effective, outcome, started_at, imported_by from unit_import
                        where kind = ? and outcome = 'APPLIED' order by effective desc nulls last, id desc limit 1""").param(kind).query(ImportRuns::run).optional();
    }

    /** An earlier run of the very same file, to tell the user when it was first imported. */
    Optional<Run> earlierRun(String kind, String sha256) {
        return jdbc.sql("""
                        select id, kind, file_name, effective, outcome, started_at, imported_by from unit_import
                        where kind = ? and sha256 = ? and outcome = 'APPLIED' order by id limit 1""").params(kind, sha256).query(ImportRuns::run).optional();
    }

    List<Run> recent(int limit) {
        return jdbc.sql("""
                        select id, kind, file_name, effective, outcome, started_at, imported_by from unit_import
                        order by id desc limit ?""").param(limit).query(ImportRuns::run).list();
    }

    private static Run run(ResultSet rs, int n) throws SQLException {
        return new Run(
                rs.getLong("id"),
                rs.getString("kind"),
                rs.getString("file_name"),
                rs.getObject("effective", LocalDate.class),
                rs.getString("outcome"),
                rs.getObject("started_at", OffsetDateTime.class),
                rs.getString("imported_by"));
    }
}
