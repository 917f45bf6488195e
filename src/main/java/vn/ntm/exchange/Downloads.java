package vn.ntm.exchange;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import vn.ntm.text.Messages;

/** Sends workbooks as downloads, for the pages and the API alike. */
final class Downloads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {}

    /** Streams a template straight into the response: nothing is built in memory first. */
    static void template(Templates templates, Templates.Target target, HttpServletResponse response)
            throws IOException {
        headers(response, templates.fileName(target));
        templates.write(target, response.getOutputStream());
    }

    /** Builds the report workbook from the preview's recorded lines while it is sent. */
    static void report(PreviewStore store, PreviewLines preview, Messages messages, HttpServletResponse response)
            throws IOException {
        try (InputStream report = store.reportInput(preview.token())) {
            headers(response, "ntm-bao-cao-" + preview.setCode() + "-" + preview.year() + ".xlsx");
            ReportWriter.workbook(report, ReportWriter.Headings.of(messages), response.getOutputStream());
        }
    }

    /** Writes a workbook (a catalog sheet) straight into the response. */
    interface Workbook {
        void to(OutputStream out) throws IOException;
    }

    static void workbook(HttpServletResponse response, String fileName, Workbook workbook) throws IOException {
        headers(response, fileName);
        workbook.to(response.getOutputStream());
    }

    private static void headers(HttpServletResponse response, String fileName) {
        response.setContentType(XLSX);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8)
                        .build()
                        .toString());
    }
}
