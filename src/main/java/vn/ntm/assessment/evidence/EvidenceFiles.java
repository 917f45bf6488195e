package vn.ntm.assessment.evidence;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.assessment.ValueState;
import vn.ntm.assessment.values.AssessmentValue;
import vn.ntm.assessment.values.Assessments;
import vn.ntm.assessment.values.ValueStore;
import vn.ntm.audit.AuditLog;
import vn.ntm.audit.Change;
import vn.ntm.errors.ConflictException;
import vn.ntm.errors.NotFoundException;
import vn.ntm.files.StoredFiles;
import vn.ntm.scope.CurrentScope;
import vn.ntm.text.VietnameseDates;

/**
 * Evidence files of a value (biên bản, ảnh, quyết định…). Size and type are checked, and the content must match
 * its extension (a renamed executable is not a PDF). Only those who may change the unit upload; anyone who may
 * read it downloads.
 */
@Service
@EnableConfigurationProperties(EvidenceProperties.class)
public class EvidenceFiles {

    private final JdbcClient jdbc;
    private final EvidenceProperties properties;
    private final ValueStore values;
    private final CurrentScope scope;
    private final AuditLog audit;

    EvidenceFiles(
            JdbcClient jdbc, EvidenceProperties properties, ValueStore values, CurrentScope scope, AuditLog audit) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.values = values;
        this.scope = scope;
        this.audit = audit;
    }

    public record Evidence(
            long id,
            long valueId,
            String fileName,
            String contentType,
            long sizeBytes,
            String sha256,
            String uploadedBy,
            OffsetDateTime uploadedAt) {
        public Evidence {
            uploadedAt = VietnameseDates.inVietnam(uploadedAt);
        }
    }

    public record Download(String fileName, String contentType, byte[] content) {}

    @Transactional
    public Evidence upload(long valueId, String fileName, byte[] content) {
        AssessmentValue value = values.find(valueId)
                .orElseThrow(() -> new NotFoundException("id", "assessment.error.valueNotFound", valueId));
        scope.get().requireWrite(value.unitId);
        if (value.state == ValueState.LOCKED) {
            throw new ConflictException("value", "assessment.error.locked");
        }
        String name = StoredFiles.fileName(fileName, "tep");
        String type = EvidenceType.check(name, content, properties.allowedExtensions(), properties.maxBytes());
        String hash = StoredFiles.sha256(content);
        Path stored = properties.directory() == null ? null : StoredFiles.store(properties.directory(), hash, content);
        long id = jdbc.sql("""
                        insert into evidence (value_id, file_name, content_type, size_bytes, sha256, content,
                            stored_path, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        valueId,
                        name,
                        type,
                        content.length,
                        hash,
                        stored == null ? content : null,
                        stored == null ? null : stored.toString(),
                        scope.username())
                .query(Long.class)
                .single();
        audit.record(Change.of("EVIDENCE", Assessments.ENTITY, valueId, value.unitId)
                .field("evidence", null, name + " (" + content.length + " B, sha256 " + hash.substring(0, 12) + ")"));
        return get(id);
    }

    @Transactional(readOnly = true)
    public List<Evidence> list(long valueId) {
        AssessmentValue value = values.find(valueId)
                .orElseThrow(() -> new NotFoundException("id", "assessment.error.valueNotFound", valueId));
        scope.get().requireRead(value.unitId);
        return jdbc.sql("select * from evidence where value_id = ? order by id")
                .param(valueId)
                .query(Evidence.class)
                .list();
    }

    @Transactional(readOnly = true)
    public Download download(long evidenceId) {
        return jdbc.sql("""
                        select e.file_name, e.content_type, e.content, e.stored_path, v.unit_id
                        from evidence e join assessment_value v on v.id = e.value_id where e.id = ?""")
                .param(evidenceId)
                .query((rs, n) -> {
                    scope.get().requireRead(rs.getLong("unit_id"));
                    byte[] content = rs.getBytes("content");
                    if (content == null) {
                        content = StoredFiles.read(Path.of(rs.getString("stored_path")));
                    }
                    return new Download(rs.getString("file_name"), rs.getString("content_type"), content);
                })
                .optional()
                .orElseThrow(() -> new NotFoundException("id", "assessment.error.evidenceNotFound", evidenceId));
    }

    private Evidence get(long id) {
        return jdbc.sql("select * from evidence where id = ?")
                .param(id)
                .query(Evidence.class)
                .single();
    }
}
