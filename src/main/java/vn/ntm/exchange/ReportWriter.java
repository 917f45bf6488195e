package vn.ntm.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.ntm.text.Messages;

/**
 * The full report of a preview as a workbook: every change on one sheet, every error on another, written while the
 * upload streams by (SXSSF keeps a window of rows only). Every cell is a string cell.
 */
final class ReportWriter implements AutoCloseable {

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    private final SXSSFSheet changes;
    private final SXSSFSheet errors;
    private int changeRow = 1;
    private int errorRow = 1;

    ReportWriter(Messages messages) {
        workbook.setCompressTempFiles(true);
        changes = workbook.createSheet(messages.get("exchange.report.changes"));
        errors = workbook.createSheet(messages.get("exchange.report.errors"));
        String ref = messages.get("exchange.report.ref");
        String code = messages.get("exchange.report.unitCode");
        String name = messages.get("exchange.report.unitName");
        String indicator = messages.get("exchange.report.indicator");
        line(changes.createRow(0), ref, code, name, indicator, messages.get("exchange.report.before"),
                messages.get("exchange.report.after"));
        line(errors.createRow(0), ref, code, name, indicator, messages.get("exchange.report.message"));
        changes.setColumnWidth(2, 28 * 256);
        errors.setColumnWidth(2, 28 * 256);
        errors.setColumnWidth(4, 80 * 256);
    }

    void change(PreviewLines.ChangeLine l) {
        line(changes.createRow(changeRow++), l.ref(), l.unitCode(), l.unitName(), l.indicator(), l.before(), l.after());
    }

    void error(PreviewLines.ErrorLine l) {
        line(errors.createRow(errorRow++), l.ref(), l.unitCode(), l.unitName(), l.indicator(), l.message());
    }

    void finish(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    private static void line(Row row, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            row.createCell(i).setCellValue(texts[i] == null ? "" : texts[i]);
        }
    }

    @Override
    public void close() throws IOException {
        workbook.dispose();
        workbook.close();
    }
}
