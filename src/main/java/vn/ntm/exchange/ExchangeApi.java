package vn.ntm.exchange;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.ntm.errors.NotFoundException;
import vn.ntm.imports.ImportMode;
import vn.ntm.scope.CurrentScope;
import vn.ntm.text.Messages;
import vn.ntm.web.ApiController;

/** The Excel round trip over the API: template, upload with preview (a token), apply in the chosen mode. */
@ApiController("/api/v1/exchange")
@Tag(name = "Excel: mẫu, nhập, xem trước, áp dụng / Excel round trip")
class ExchangeApi {

    private final Templates templates;
    private final Previews previews;
    private final Applications applications;
    private final PreviewStore store;
    private final ExchangeProgress progress;
    private final CurrentScope scope;
    private final Messages messages;

    ExchangeApi(
            Templates templates,
            Previews previews,
            Applications applications,
            PreviewStore store,
            ExchangeProgress progress,
            CurrentScope scope,
            Messages messages) {
        this.templates = templates;
        this.previews = previews;
        this.applications = applications;
        this.store = store;
        this.progress = progress;
        this.scope = scope;
        this.messages = messages;
    }

    /**
     * {@code changeReason}: after entry closed, turns the cells it refused into change requests; {@code overwrite}:
     * the conflicts (cells as "AN3") where the file's value replaces the value someone stored since the template.
     */
    record ApplyRequest(ImportMode mode, String progress, String changeReason, List<String> overwrite) {}

    @Operation(
            summary = "Tải mẫu .xlsx của một xã (unit) hoặc mọi xã trong phạm vi tại một ngày của năm (on)"
                    + " / template of one commune or of every commune in scope on a day")
    @GetMapping("/{set}/{year}/template")
    void template(
            @PathVariable String set,
            @PathVariable int year,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) LocalDate on,
            HttpServletResponse response)
            throws IOException {
        Downloads.template(templates, templates.target(set, year, unit, on), response);
    }

    @Operation(summary = "Tải tệp lên: xem trước mọi thay đổi và lỗi, chưa ghi gì / upload: a preview, no write")
    @PostMapping(value = "/{set}/{year}/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    PreviewLines upload(
            @PathVariable String set,
            @PathVariable int year,
            @RequestParam MultipartFile file,
            @RequestParam(required = false) String progress)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            return previews.preview(set, year, file.getOriginalFilename(), in, progress);
        }
    }

    @GetMapping("/uploads/{token}")
    PreviewLines preview(@PathVariable String token) {
        return applications.preview(token);
    }

    @Operation(summary = "Báo cáo đầy đủ (.xlsx) mọi thay đổi và lỗi / the full report")
    @GetMapping("/uploads/{token}/report")
    void report(@PathVariable String token, HttpServletResponse response) throws IOException {
        Downloads.report(store, applications.preview(token), messages, response);
    }

    @Operation(
            summary = "Áp dụng: ALL_OR_NOTHING (mặc định) hoặc VALID_ROWS; changeReason: sau khi khóa nhập, các ô"
                    + " bị từ chối vì khóa thành đề nghị chờ lãnh đạo duyệt / apply in the chosen mode; changeReason turns"
                    + " cells refused because entry is closed into change requests; overwrite: các ô xung đột (giá trị đã bị"
                    + " người khác sửa sau khi tải mẫu) được ghi đè bằng giá trị trong tệp, các ô khác giữ giá trị đang lưu /"
                    + " the conflicting cells to overwrite with the file's value; the others keep the stored value")
    @PostMapping("/uploads/{token}/apply")
    PreviewLines apply(@PathVariable String token, @RequestBody(required = false) ApplyRequest request) {
        return applications.apply(
                token,
                request == null ? null : request.mode(),
                request == null ? null : request.progress(),
                request == null ? null : request.changeReason(),
                request == null ? null : request.overwrite());
    }

    @GetMapping("/progress/{id}")
    ExchangeProgress.State progress(@PathVariable String id) {
        return progress.get(id, scope.username())
                .orElseThrow(() -> new NotFoundException("id", "exchange.error.noProgress"));
    }
}
