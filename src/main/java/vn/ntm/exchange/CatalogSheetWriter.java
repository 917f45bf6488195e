package vn.ntm.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a catalog workbook ({@link CatalogSheet}) with SXSSF, as the values template is written: column codes and
 * names in two header rows, one row per indicator (numbers as number cells, everything else as text that can never
 * be a formula), lists to choose from where a column takes few values, and the very hidden identifying sheet.
 */
final class CatalogSheetWriter implements AutoCloseable {

    private static final int WINDOW = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, true, true);
    private final SXSSFSheet data;
    private final SheetCells cells;
    private int nextRow = CatalogSheet.FIRST_DATA_ROW - 1;

    /** A column offering a list: its index, the choices, and the warning shown for anything else. */
    record Choices(int column, String[] values, String warning) {}

    CatalogSheetWriter(
            CatalogSheet.Kind kind, String setCode, Long overlayId, List<String> codes, List<String> labels) {
        workbook.setCompressTempFiles(true);
        data = workbook.createSheet(CatalogSheet.DATA_SHEET);
        SXSSFSheet ids = workbook.createSheet(CatalogSheet.ID_SHEET);
        cells = new SheetCells(workbook);
        Row codeRow = data.createRow(CatalogSheet.CODE_ROW - 1);
        Row labelRow = data.createRow(CatalogSheet.CODE_ROW);
        labelRow.setHeightInPoints(48);
        for (int c = 0; c < codes.size(); c++) {
            cells.text(codeRow, c, codes.get(c), cells.bold);
            cells.text(labelRow, c, labels.get(c), cells.wrap);
            data.setColumnWidth(c, (codes.get(c).equals("textVi") ? 48 : 16) * 256);
        }
        data.createFreezePane(2, CatalogSheet.FIRST_DATA_ROW - 1);
        Row marker = ids.createRow(0);
        marker.createCell(0).setCellValue(CatalogSheet.FORMAT);
        marker.createCell(1).setCellValue(kind.name());
        marker.createCell(2).setCellValue(setCode);
        if (overlayId != null) {
            marker.createCell(3).setCellValue(overlayId);
        }
        ids.protectSheet(UUID.randomUUID().toString());
        workbook.setSheetVisibility(1, SheetVisibility.VERY_HIDDEN);
        workbook.setActiveSheet(0);
    }

    /** One indicator's row: a number is written as a number, any other value as text. */
    void row(Map<Integer, Object> values) {
        Row row = data.createRow(nextRow++);
        values.forEach((column, value) -> {
            if (value instanceof BigDecimal number) {
                row.createCell(column).setCellValue(number.doubleValue());
            } else if (value instanceof Integer number) {
                row.createCell(column).setCellValue(number);
            } else if (value != null) {
                cells.text(row, column, value.toString(), null);
            }
        });
    }

    /** Offers the lists (on as many rows as written, and room for more) and writes the workbook. */
    void finish(OutputStream out, List<Choices> lists, String title) throws IOException {
        int last = Math.max(nextRow, CatalogSheet.FIRST_DATA_ROW) + 100;
        for (Choices list : lists) {
            SheetCells.list(
                    data,
                    new CellRangeAddressList(CatalogSheet.FIRST_DATA_ROW - 1, last, list.column(), list.column()),
                    list.values(),
                    title,
                    list.warning());
        }
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.dispose();
        workbook.close();
    }
}
