package vn.ntm.document.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.audit.AuditEntry;
import vn.ntm.document.DocumentState;
import vn.ntm.document.DocumentView;
import vn.ntm.document.Documents;
import vn.ntm.errors.BadInputException;
import vn.ntm.web.ApiController;

/**
 * Official documents for other systems: the documents in the caller's scope, one document with its revisions and
 * signed copies (hashes, stated signing times), its audit trail, and the files. The same rules as the screens.
 */
@ApiController("/api/v1")
@Tag(name = "Văn bản / Documents")
class DocumentApi {

    private final Documents documents;

    DocumentApi(Documents documents) {
        this.documents = documents;
    }

    @GetMapping("/documents")
    List<DocumentView> list(
            @RequestParam(required = false) Long issuerBodyId,
            @RequestParam(required = false) DocumentState state,
            @RequestParam(required = false) Integer year) {
        return documents.list(issuerBodyId, state, year);
    }

    @GetMapping("/documents/{id}")
    DocumentView document(@PathVariable long id) {
        return documents.get(id);
    }

    @GetMapping("/documents/{id}/audit")
    List<AuditEntry> history(@PathVariable long id) {
        return documents.history(id);
    }

    /** A revision's file: {@code format} is {@code pdf} or {@code docx}. */
    @GetMapping("/documents/{id}/revisions/{revision}/file")
    ResponseEntity<byte[]> revisionFile(
            @PathVariable long id, @PathVariable int revision, @RequestParam(defaultValue = "pdf") String format) {
        if (!format.equals("pdf") && !format.equals("docx")) {
            throw new BadInputException("format", "document.error.fileFormat", format);
        }
        return DocumentFilePages.download(documents.revisionFile(id, revision, format.equals("pdf")));
    }

    @GetMapping("/documents/{id}/signed-copies/{copyId}/file")
    ResponseEntity<byte[]> signedFile(@PathVariable long id, @PathVariable long copyId) {
        return DocumentFilePages.download(documents.signedFile(id, copyId));
    }
}
