package vn.ntm.document.issue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ntm.document.DocumentState;
import vn.ntm.document.DocumentView.Revision;
import vn.ntm.document.Source;
import vn.ntm.document.register.TakenNumber;
import vn.ntm.files.StoredFiles;
import vn.ntm.text.VietnameseDates;

/** SQL for documents and their revisions. Every change names the version it was made on. */
@Repository
public class DocumentStore {

    private final JdbcClient jdbc;

    DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new draft (version 0); its id. */
    public long insert(
            long issuerBodyId, long unitId, String family, String kind, String title, Source source, String by) {
        return jdbc.sql("""
                        insert into document (issuer_body_id, unit_id, family, kind, title, state, source_module,
                            source_ref, created_by)
                        values (?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?) returning id""")
                .params(
                        issuerBodyId,
                        unitId,
                        family,
                        kind,
                        title,
                        source == null ? null : source.module(),
                        source == null ? null : source.ref(),
                        by)
                .query(Long.class)
                .single();
    }

    public Optional<OfficialDocument> find(long id) {
        return jdbc.sql("select * from document where id = ?")
                .param(id)
                .query(DocumentStore::document)
                .optional();
    }

    /**
     * Stores the document as it is after a move, when {@code askedVersion} is still the stored one (the row is
     * locked by the update until commit); false when someone changed it in between.
     */
    public boolean save(OfficialDocument moved, int askedVersion) {
        return jdbc.sql("""
                        update document set state = ?, title = ?, issued_on = ?, state_reason = ?,
                            version = version + 1
                        where id = ? and version = ?""")
                        .params(
                                moved.state().name(),
                                moved.title(),
                                moved.issuedOn(),
                                moved.stateReason(),
                                moved.id(),
                                askedVersion)
                        .update()
                == 1;
    }

    public int version(long id) {
        return jdbc.sql("select version from document where id = ?")
                .param(id)
                .query(Integer.class)
                .optional()
                .orElse(-1);
    }

    /** Adds a generation of the document's files; its revision number (1, 2, ...). */
    public int addRevision(
            long documentId,
            boolean finalRevision,
            String contentJson,
            String profileId,
            byte[] docx,
            byte[] pdf,
            String by) {
        return jdbc.sql("""
                        insert into document_revision (document_id, revision, final, content_json, profile_id,
                            docx_sha256, docx, pdf_sha256, pdf, created_by)
                        select ?, coalesce(max(revision), 0) + 1, ?, ?::jsonb, ?, ?, ?, ?, ?, ?
                        from document_revision where document_id = ?
                        returning revision""")
                .params(
                        documentId,
                        finalRevision,
                        contentJson,
                        profileId,
                        StoredFiles.sha256(docx),
                        docx,
                        StoredFiles.sha256(pdf),
                        pdf,
                        by,
                        documentId)
                .query(Integer.class)
                .single();
    }

    /** The content the latest generation of a document was made from (JSON), if it has one. */
    public Optional<String> latestContent(long documentId) {
        return jdbc.sql("select content_json::text from document_revision where document_id = ?"
                        + " order by revision desc limit 1")
                .param(documentId)
                .query(String.class)
                .optional();
    }

    /** The .docx or PDF bytes of one revision ({@code pdf} true: the PDF). */
    public Optional<byte[]> revisionFile(long documentId, int revision, boolean pdf) {
        return jdbc.sql("select " + (pdf ? "pdf" : "docx")
                        + " from document_revision where document_id = ? and revision = ?")
                .params(documentId, revision)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    /** Who created the document and when (Vietnam's time). */
    public record Created(String by, OffsetDateTime at) {}

    /** A document as read for its view: the row, its number if taken, its creation and its generations. */
    public record Read(OfficialDocument document, TakenNumber number, Created created, List<Revision> revisions) {}

    /** One document as read for its view, in one statement. */
    public Optional<Read> read(long id) {
        return read("select * from document where id = ?", id).stream().findFirst();
    }

    /**
     * The documents in the units given (null: every unit), newest first, at most 500, narrowed by what is given;
     * each as read for its view, all in one statement.
     */
    public List<Read> read(Set<Long> unitIds, Long issuerBodyId, DocumentState state, Integer year) {
        return read(
                """
                select * from document
                where (?::boolean or unit_id = any(?))
                  and (?::bigint is null or issuer_body_id = ?)
                  and (?::varchar is null or state = ?)
                  and (?::integer is null or extract(year from coalesce(issued_on, created_at::date)) = ?)
                order by id desc limit 500""",
                unitIds == null,
                unitIds == null ? new Long[0] : unitIds.toArray(Long[]::new),
                issuerBodyId,
                issuerBodyId,
                state == null ? null : state.name(),
                state == null ? null : state.name(),
                year,
                year);
    }

    /**
     * The documents {@code selected} picks, joined with their number (the register's row, read here so that a view
     * costs no statement of its own) and their revisions: a row per revision, one row for a document without any.
     */
    private List<Read> read(String selected, Object... params) {
        Map<Long, Read> found = new LinkedHashMap<>();
        jdbc.sql("with d as (" + selected + """
                        )
                        select d.*, n.series_id, n.number, n.display,
                            r.revision, r.final, r.profile_id, r.docx_sha256, r.pdf_sha256,
                            r.created_by as revision_by, r.created_at as revision_at
                        from d
                        left join document_number n on n.document_id = d.id
                        left join document_revision r on r.document_id = d.id
                        order by d.id desc, r.revision""").params(params).query(rs -> {
            Read read = found.get(rs.getLong("id"));
            if (read == null) {
                read = readRow(rs);
                found.put(read.document().id(), read);
            }
            if (rs.getObject("revision") != null) {
                read.revisions().add(revision(rs));
            }
        });
        return found.values().stream()
                .map(r -> new Read(r.document(), r.number(), r.created(), List.copyOf(r.revisions())))
                .toList();
    }

    private static Read readRow(ResultSet rs) throws SQLException {
        TakenNumber number = rs.getObject("number") == null
                ? null
                : new TakenNumber(rs.getLong("series_id"), rs.getInt("number"), rs.getString("display"));
        Created created = new Created(
                rs.getString("created_by"),
                VietnameseDates.inVietnam(rs.getObject("created_at", OffsetDateTime.class)));
        return new Read(document(rs, 0), number, created, new ArrayList<>());
    }

    private static Revision revision(ResultSet rs) throws SQLException {
        return new Revision(
                rs.getInt("revision"),
                rs.getBoolean("final"),
                rs.getString("profile_id"),
                rs.getString("docx_sha256"),
                rs.getString("pdf_sha256"),
                rs.getString("revision_by"),
                VietnameseDates.inVietnam(rs.getObject("revision_at", OffsetDateTime.class)));
    }

    private static OfficialDocument document(ResultSet rs, int row) throws SQLException {
        String module = rs.getString("source_module");
        return new OfficialDocument(
                rs.getLong("id"),
                rs.getLong("issuer_body_id"),
                rs.getLong("unit_id"),
                rs.getString("family"),
                rs.getString("kind"),
                rs.getString("title"),
                DocumentState.valueOf(rs.getString("state")),
                module == null ? null : new Source(module, rs.getString("source_ref")),
                rs.getObject("issued_on", LocalDate.class),
                rs.getString("state_reason"),
                rs.getInt("version"));
    }
}
