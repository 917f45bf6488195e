package vn.ntm.document.issue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ntm.document.DocumentView.SignedCopy;
import vn.ntm.document.DocumentView.SigningTime;
import vn.ntm.document.layout.DateLine;
import vn.ntm.files.StoredFiles;
import vn.ntm.text.VietnameseDates;

/**
 * The signed copies uploaded back: size and type checked, the SHA-256 kept, the signing times the copy states kept
 * as stated, and compared with the register. A copy whose text shows the number and the issue date of the register
 * is confirmed at once; one that does not (a scan without text, another number) waits until the user confirms it.
 * Each upload is a row of its own: a later one replaces nothing, and the newest confirmed one is the issued version.
 */
@Component
@EnableConfigurationProperties(SignedCopyProperties.class)
public class SignedCopies {

    /** No text to compare with the register (a scan). */
    static final String NO_TEXT = "document.warning.noText";
    /** The text does not show the number and symbol of the register. */
    static final String OTHER_NUMBER = "document.warning.otherNumber";
    /** The text does not show the issue date of the register. */
    static final String OTHER_DATE = "document.warning.otherDate";

    /** A copy as stored: its id and what did not match the register. */
    public record Stored(long id, String sha256, List<String> warnings) {}

    /** A copy's bytes for download. */
    public record Content(String fileName, String contentType, byte[] bytes) {}

    private final JdbcClient jdbc;
    private final SignedCopyProperties properties;

    SignedCopies(JdbcClient jdbc, SignedCopyProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /**
     * Checks and keeps an uploaded copy of the document numbered {@code display} on {@code issuedOn}; confirmed at
     * once when nothing differs from the register.
     */
    public Stored upload(
            long documentId, String uploadedName, byte[] content, String display, LocalDate issuedOn, String by) {
        String name = StoredFiles.fileName(uploadedName, "ban-ky.pdf");
        String type = SignedCopyType.check(name, content, properties.maxSignedBytes());
        List<SigningTime> times = List.of();
        List<String> warnings = new ArrayList<>();
        if (SignedCopyType.PDF.equals(type)) {
            SigningTimes.Reading reading = SigningTimes.read(name, content);
            times = reading.times();
            warnings.addAll(againstRegister(reading.text(), display, issuedOn));
        } else {
            warnings.add(NO_TEXT);
        }
        String hash = StoredFiles.sha256(content);
        Path stored = properties.signedDirectory() == null
                ? null
                : StoredFiles.store(properties.signedDirectory(), hash, content);
        long id = jdbc.sql("""
                        insert into document_signed_copy (document_id, file_name, content_type, size_bytes, sha256,
                            content, stored_path, warnings, uploaded_by, confirmed, confirmed_by, confirmed_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, case when ? then now() end) returning id""")
                .params(
                        documentId,
                        name,
                        type,
                        content.length,
                        hash,
                        stored == null ? content : null,
                        stored == null ? null : stored.toString(),
                        warnings.isEmpty() ? null : String.join(",", warnings),
                        by,
                        warnings.isEmpty(),
                        warnings.isEmpty() ? by : null,
                        warnings.isEmpty())
                .query(Long.class)
                .single();
        int seq = 0;
        for (SigningTime t : times) {
            jdbc.sql("""
                    insert into document_signing_time (signed_copy_id, seq, source, page, signer, reason, location,
                        sub_filter, stated_text, stated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            ++seq,
                            t.source(),
                            t.page(),
                            cut(t.signer(), 300),
                            cut(t.reason(), 300),
                            cut(t.location(), 300),
                            cut(t.subFilter(), 100),
                            cut(t.statedText(), 100),
                            t.statedAt())
                    .update();
        }
        return new Stored(id, hash, List.copyOf(warnings));
    }

    /**
     * Confirms a copy of the document that was not confirmed yet (the user saw its warnings): its SHA-256, or empty
     * when it is not one of the document's copies or was confirmed already ({@link #confirmed} tells which).
     */
    public Optional<String> confirm(long documentId, long copyId, String by) {
        return jdbc.sql("""
                        update document_signed_copy set confirmed = true, confirmed_by = ?, confirmed_at = now()
                        where id = ? and document_id = ? and not confirmed
                        returning sha256""").params(by, copyId, documentId).query(String.class).optional();
    }

    /** Whether the copy belongs to the document, and is confirmed. */
    public Optional<Boolean> confirmed(long documentId, long copyId) {
        return jdbc.sql("select confirmed from document_signed_copy where id = ? and document_id = ?")
                .params(copyId, documentId)
                .query(Boolean.class)
                .optional();
    }

    /**
     * The copies of each document given, oldest first, with the signing times each states, in one statement
     * (a document without copies is absent).
     */
    public Map<Long, List<SignedCopy>> of(Collection<Long> documentIds) {
        Map<Long, SignedCopy> read = new LinkedHashMap<>();
        Map<Long, Long> documentOf = new HashMap<>();
        Map<Long, List<SigningTime>> times = new HashMap<>();
        jdbc.sql("""
                        select c.id, c.document_id, c.file_name, c.content_type, c.size_bytes, c.sha256, c.warnings,
                            c.confirmed, c.uploaded_by, c.uploaded_at,
                            t.seq, t.source, t.page, t.signer, t.reason, t.location, t.sub_filter, t.stated_text,
                            t.stated_at
                        from document_signed_copy c
                        left join document_signing_time t on t.signed_copy_id = c.id
                        where c.document_id = any(?)
                        order by c.id, t.seq""").param(documentIds.toArray(Long[]::new)).query(rs -> {
            long id = rs.getLong("id");
            if (!read.containsKey(id)) {
                read.put(id, copy(rs));
                documentOf.put(id, rs.getLong("document_id"));
                times.put(id, new ArrayList<>());
            }
            if (rs.getObject("seq") != null) {
                times.get(id).add(time(rs));
            }
        });
        Map<Long, List<SignedCopy>> copies = new HashMap<>();
        read.forEach((id, c) -> copies.computeIfAbsent(documentOf.get(id), d -> new ArrayList<>())
                .add(new SignedCopy(
                        c.id(),
                        c.fileName(),
                        c.contentType(),
                        c.sizeBytes(),
                        c.sha256(),
                        c.warnings(),
                        c.confirmed(),
                        c.uploadedBy(),
                        c.uploadedAt(),
                        times.get(id))));
        return copies;
    }

    public Optional<Content> content(long documentId, long copyId) {
        return jdbc.sql("""
                        select file_name, content_type, content, stored_path from document_signed_copy
                        where id = ? and document_id = ?""")
                .params(copyId, documentId)
                .query((rs, n) -> {
                    byte[] bytes = rs.getBytes("content");
                    if (bytes == null) {
                        bytes = StoredFiles.read(Path.of(rs.getString("stored_path")));
                    }
                    return new Content(rs.getString("file_name"), rs.getString("content_type"), bytes);
                })
                .optional();
    }

    private static SignedCopy copy(ResultSet rs) throws SQLException {
        String warnings = rs.getString("warnings");
        return new SignedCopy(
                rs.getLong("id"),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                warnings == null ? List.of() : Arrays.asList(warnings.split(",")),
                rs.getBoolean("confirmed"),
                rs.getString("uploaded_by"),
                VietnameseDates.inVietnam(rs.getObject("uploaded_at", OffsetDateTime.class)),
                List.of());
    }

    private static SigningTime time(ResultSet rs) throws SQLException {
        return new SigningTime(
                rs.getString("source"),
                (Integer) rs.getObject("page"),
                rs.getString("signer"),
                rs.getString("reason"),
                rs.getString("location"),
                rs.getString("sub_filter"),
                rs.getString("stated_text"),
                asStated(rs.getString("stated_text"), rs.getObject("stated_at", OffsetDateTime.class)));
    }

    /** The stored moment with the offset its text states (the database keeps the moment, not the offset). */
    private static OffsetDateTime asStated(String text, OffsetDateTime stored) {
        OffsetDateTime stated = text == null ? null : SigningTimes.parse(text);
        return stated != null && stored != null && stated.isEqual(stored) ? stated : stored;
    }

    /**
     * What the copy's text does not show of the register: the number and symbol as printed, and the date line's
     * day (NĐ 30 Phụ lục I II.4b: "ngày 05 tháng 01 năm 2026", a leading 0 for days below 10 and months 1 and 2).
     * Compared without spaces, since text read from a PDF may break lines or spaces anywhere.
     */
    static List<String> againstRegister(String text, String display, LocalDate issuedOn) {
        String flat = flat(text);
        if (flat.isEmpty()) {
            return List.of(NO_TEXT);
        }
        List<String> warnings = new ArrayList<>();
        if (!flat.contains(flat(display))) {
            warnings.add(OTHER_NUMBER);
        }
        if (!flat.contains(flat(DateLine.words(issuedOn)))) {
            warnings.add(OTHER_DATE);
        }
        return warnings;
    }

    private static String flat(String text) {
        return text == null
                ? ""
                : Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", "");
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
