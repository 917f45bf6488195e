package vn.ntm.exchange;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.ntm.imports.ImportMode;
import vn.ntm.web.ApiController;

/** Catalog sheets over the API: a set's indicators or a province's overlay as .xlsx, uploaded, previewed, applied. */
@ApiController("/api/v1/exchange/catalog")
@Tag(name = "Excel: soạn bộ tiêu chí / Excel catalog authoring")
class CatalogSheetApi {

    private final CatalogTemplates templates;
    private final CatalogUploads uploads;

    CatalogSheetApi(CatalogTemplates templates, CatalogUploads uploads) {
        this.templates = templates;
        this.uploads = uploads;
    }

    record ApplyRequest(ImportMode mode) {}

    @Operation(summary = "Mẫu .xlsx các chỉ tiêu của bộ tiêu chí / the set's indicators as a sheet")
    @GetMapping("/sets/{code}/template")
    void setTemplate(@PathVariable String code, HttpServletResponse response) throws IOException {
        Downloads.workbook(response, templates.setFileName(code), out -> templates.set(code, out));
    }

    @Operation(summary = "Tải lên các chỉ tiêu: xem trước, chưa ghi gì / upload indicators: a preview, no write")
    @PostMapping(value = "/sets/{code}/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    CatalogPreview uploadSet(@PathVariable String code, @RequestParam MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return uploads.previewSet(code, file.getOriginalFilename(), in);
        }
    }

    @Operation(summary = "Mẫu .xlsx ngưỡng của bộ tiêu chí của tỉnh / a province's thresholds as a sheet")
    @GetMapping("/overlays/{id}/template")
    void overlayTemplate(@PathVariable long id, HttpServletResponse response) throws IOException {
        Downloads.workbook(response, templates.overlayFileName(id), out -> templates.overlay(id, out));
    }

    @PostMapping(value = "/overlays/{id}/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    CatalogPreview uploadOverlay(@PathVariable long id, @RequestParam MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return uploads.previewOverlay(id, file.getOriginalFilename(), in);
        }
    }

    @GetMapping("/uploads/{token}")
    CatalogPreview preview(@PathVariable String token) {
        return uploads.preview(token);
    }

    @Operation(summary = "Áp dụng: ALL_OR_NOTHING (mặc định) hoặc VALID_ROWS / apply in the chosen mode")
    @PostMapping("/uploads/{token}/apply")
    CatalogPreview apply(@PathVariable String token, @RequestBody(required = false) ApplyRequest request) {
        return uploads.apply(token, request == null ? null : request.mode());
    }
}
