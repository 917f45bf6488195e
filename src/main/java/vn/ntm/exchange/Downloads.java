package vn.ntm.exchange;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import vn.ntm.exchange.sheets.SheetDownload;
import vn.ntm.text.Messages;

/** Sends the exchange's workbooks as downloads, for the pages and the API alike (through {@link SheetDownload}). */
final class Downloads {

    static final String XLSX = SheetDownload.XLSX;

    private Downloads() {}

    /** Streams a template straight into the response: nothing is built in memory first. */
    static void template(Templates templates, Templates.Target target, HttpServletResponse response)
            throws IOException {
        SheetDownload.send(response, templates.fileName(target), out -> templates.write(target, out));
    }

    /** Builds the report workbook from the preview's recorded lines while it is sent. */
    static void report(PreviewStore store, PreviewLines preview, Messages messages, HttpServletResponse response)
            throws IOException {
        try (InputStream report = store.reportInput(preview.token())) {
            SheetDownload.send(
                    response,
                    "ntm-bao-cao-" + preview.setCode() + "-" + preview.year() + ".xlsx",
                    out -> ReportWriter.workbook(report, ReportWriter.Headings.of(messages), out));
        }
    }

    /** Writes a workbook (a catalog sheet) straight into the response. */
    static void workbook(HttpServletResponse response, String fileName, SheetDownload.Body workbook)
            throws IOException {
        SheetDownload.send(response, fileName, workbook);
    }
}
