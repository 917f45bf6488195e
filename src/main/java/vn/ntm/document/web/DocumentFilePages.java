package vn.ntm.document.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.ntm.document.Documents;
import vn.ntm.errors.NotFoundException;

/**
 * The files of a document for the screens: each revision's .docx and PDF, the preview pages as PNG (the CSP allows
 * no frame, so the PDF is shown as images), and the signed copies as uploaded. Every request checks the reader's scope
 * through {@link Documents}, even when the image is cached.
 */
@Controller
class DocumentFilePages {

    private final Documents documents;
    private final PageImages images;

    DocumentFilePages(Documents documents, PageImages images) {
        this.documents = documents;
        this.images = images;
    }

    @GetMapping("/documents/{id}/revisions/{revision}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable int revision) {
        return download(documents.revisionFile(id, revision, true));
    }

    @GetMapping("/documents/{id}/revisions/{revision}.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id, @PathVariable int revision) {
        return download(documents.revisionFile(id, revision, false));
    }

    @GetMapping("/documents/{id}/signed/{copy}")
    ResponseEntity<byte[]> signed(@PathVariable long id, @PathVariable long copy) {
        return download(documents.signedFile(id, copy));
    }

    @GetMapping("/documents/{id}/revisions/{revision}/pages/{page}.png")
    ResponseEntity<byte[]> page(@PathVariable long id, @PathVariable int revision, @PathVariable int page) {
        Documents.Download pdf = documents.revisionFile(id, revision, true);
        byte[] png = images.png(id, revision, page, pdf::content);
        if (png == null) {
            throw new NotFoundException("page", "document.page.notFound", page);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
                .body(png);
    }

    static ResponseEntity<byte[]> download(Documents.Download file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(file.content());
    }
}
