package vn.ntm.exchange.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.util.UUID;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An .xlsx workbook written row by row with SXSSF: only a window of rows per sheet stays in memory, the rest goes
 * to a temporary file, so a sheet of every commune in the country (or a report of 570,000 lines) costs little
 * heap. Make the sheets, fill them from top to bottom, {@link #write} once, and close (which removes the temporary
 * files); use it in a try-with-resources.
 *
 * <pre>{@code
 * try (WorkbookOut book = WorkbookOut.streamed()) {
 *     SheetOut sheet = book.sheet("Kết quả");
 *     sheet.width(0, 28).width(1, 14).title(new OfficialTitle(...), 2);
 *     sheet.header(List.of("Xã", "Tỷ lệ"), Look.HEADER);
 *     sheet.row().text(0, "Xã Thượng Lộ").percent(1, new BigDecimal("95.5"), 1);
 *     book.write(out);
 * }
 * }</pre>
 */
public final class WorkbookOut implements AutoCloseable {

    /**
     * How the rows are streamed: the window of rows kept in memory, whether texts go to one shared table (smaller
     * files when few distinct texts repeat, such as unit names and codes; but the table stays in memory, so not
     * for a sheet of many different texts) or inline in each cell, and whether the temporary files are compressed.
     */
    public record Streaming(int window, boolean sharedStrings, boolean compressTempFiles) {

        public Streaming {
            if (window < 1) {
                // SXSSF would then keep every row in memory
                throw new IllegalArgumentException("a streamed workbook keeps a window of at least one row");
            }
        }

        /** A window of 200 rows, texts inline (memory does not grow with the sheet), temporary files compressed. */
        public static Streaming standard() {
            return new Streaming(200, false, true);
        }

        /** The same, texts in one shared table, as Excel writes them. */
        public Streaming sharingStrings() {
            return new Streaming(window, true, compressTempFiles);
        }
    }

    private final SXSSFWorkbook workbook;
    private final Styles styles;

    private WorkbookOut(Streaming streaming) {
        workbook =
                new SXSSFWorkbook(null, streaming.window(), streaming.compressTempFiles(), streaming.sharedStrings());
        styles = new Styles(workbook);
    }

    public static WorkbookOut streamed() {
        return new WorkbookOut(Streaming.standard());
    }

    public static WorkbookOut streamed(Streaming streaming) {
        return new WorkbookOut(streaming);
    }

    /** A new visible sheet after those already made (a name of at most 31 characters, as Excel allows). */
    public SheetOut sheet(String name) {
        return new SheetOut(workbook.createSheet(name), styles);
    }

    /**
     * A sheet for the keys a file needs when it comes back (format, set, year, the rows it was issued for): very
     * hidden (Excel's menus do not show it) and protected with a password nobody knows, so that a user does not
     * change it by mistake. The first visible sheet stays the one that opens.
     */
    public SheetOut keySheet(String name) {
        SXSSFSheet sheet = workbook.createSheet(name);
        sheet.protectSheet(UUID.randomUUID().toString());
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (workbook.getSheetVisibility(i) == SheetVisibility.VISIBLE) {
                workbook.setActiveSheet(i);
                break;
            }
        }
        return new SheetOut(sheet, styles);
    }

    /** Writes the workbook into {@code out} (which stays open). */
    public void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    /** Removes the temporary files of the rows already flushed. */
    @Override
    public void close() throws IOException {
        workbook.dispose();
        workbook.close();
    }
}
