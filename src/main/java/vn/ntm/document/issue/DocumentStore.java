package vn.ntm.document.issue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ntm.document.DocumentState;
import vn.ntm.document.DocumentView;
import vn.ntm.document.Source;
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

    public List<DocumentView.Revision> revisions(long documentId) {
        return jdbc.sql("""
                        select revision, final, profile_id, docx_sha256, pdf_sha256, created_by, created_at
                        from document_revision where document_id = ? order by revision""")
                .param(documentId)
                .query((rs, n) -> new DocumentView.Revision(
                        rs.getInt("revision"),
                        rs.getBoolean("final"),
                        rs.getString("profile_id"),
                        rs.getString("docx_sha256"),
                        rs.getString("pdf_sha256"),
                        rs.getString("created_by"),
                        VietnameseDates.inVietnam(rs.getObject("created_at", OffsetDateTime.class))))
                .list();
    }

    /** The .docx or PDF bytes of one revision ({@code pdf} true: the PDF). */
    /** The content the latest generation of a document was made from (JSON), if it has one. */
    public Optional<String> latestContent(long documentId) {
        return jdbc.sql("select content_json::text from document_revision where document_id = ?"
                        + " order by revision desc limit 1")
                .param(documentId)
                .query(String.class)
                .optional();
    }

    public Optional<byte[]> revisionFile(long documentId, int revision, boolean pdf) {
        return jdbc.sql("select " + (pdf ? "pdf" : "docx")
                        + " from document_revision where document_id = ? and revision = ?")
                .params(documentId, revision)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    /** The ids of documents in the units given (null: every unit), newest first, narrowed by what is given. */
    public List<Long> ids(Set<Long> unitIds, Long issuerBodyId, DocumentState state, Integer year) {
        return jdbc.sql("""
                        select id from document
                        where (?::boolean or unit_id = any(?))
                          and (?::bigint is null or issuer_body_id = ?)
                          and (?::varchar is null or state = ?)
                          and (?::integer is null or extract(year from coalesce(issued_on, created_at::date)) = ?)
                        order by id desc limit 500""")
                .params(
                        unitIds == null,
                        unitIds == null ? new Long[0] : unitIds.toArray(Long[]::new),
                        issuerBodyId,
                        issuerBodyId,
                        state == null ? null : state.name(),
                        state == null ? null : state.name(),
                        year,
                        year)
                .query(Long.class)
                .list();
    }

    /** Who created the document and when (Vietnam's time). */
    public record Created(String by, OffsetDateTime at) {}

    public Created created(long id) {
        return jdbc.sql("select created_by, created_at from document where id = ?")
                .param(id)
                .query((rs, n) ->
                        new Created(rs.getString(1), VietnameseDates.inVietnam(rs.getObject(2, OffsetDateTime.class))))
                .single();
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
