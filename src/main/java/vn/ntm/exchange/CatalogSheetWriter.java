package vn.ntm.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.ntm.exchange.sheets.Look;
import vn.ntm.exchange.sheets.RowOut;
import vn.ntm.exchange.sheets.SheetOut;
import vn.ntm.exchange.sheets.WorkbookOut;

/**
 * Writes a catalog workbook ({@link CatalogSheet}) through the streamed {@link WorkbookOut}, as the values template
 * is written: column codes and names in two header rows, one row per indicator (numbers as number cells,
 * everything else as text that can never be a formula), lists to choose from where a column takes few values, and
 * the very hidden identifying sheet.
 */
final class CatalogSheetWriter implements AutoCloseable {

    private final WorkbookOut workbook =
            WorkbookOut.streamed(WorkbookOut.Streaming.standard().sharingStrings());
    private final SheetOut data;

    /** A column offering a list: its index, the choices, and the warning shown for anything else. */
    record Choices(int column, String[] values, String warning) {}

    CatalogSheetWriter(
            CatalogSheet.Kind kind, String setCode, Long overlayId, List<String> codes, List<String> labels) {
        data = workbook.sheet(CatalogSheet.DATA_SHEET);
        SheetOut ids = workbook.keySheet(CatalogSheet.ID_SHEET);
        RowOut codeRow = data.row();
        RowOut labelRow = data.row().height(48);
        for (int c = 0; c < codes.size(); c++) {
            codeRow.text(c, codes.get(c), Look.BOLD);
            labelRow.text(c, labels.get(c), Look.WRAP);
            data.width(c, codes.get(c).equals("textVi") ? 48 : 16);
        }
        data.freeze(2, CatalogSheet.FIRST_DATA_ROW - 1);
        RowOut marker =
                ids.row().text(0, CatalogSheet.FORMAT).text(1, kind.name()).text(2, setCode);
        if (overlayId != null) {
            marker.number(3, overlayId);
        }
    }

    /** One indicator's row: a number is written as a number, any other value as text. */
    void row(Map<Integer, Object> values) {
        RowOut row = data.row();
        values.forEach((column, value) -> {
            if (value instanceof BigDecimal || value instanceof Integer) {
                row.number(column, (Number) value);
            } else if (value != null) {
                row.text(column, value.toString());
            }
        });
    }

    /** Offers the lists (on as many rows as written, and room for more) and writes the workbook. */
    void finish(OutputStream out, List<Choices> lists, String title) throws IOException {
        int last = Math.max(data.nextRow(), CatalogSheet.FIRST_DATA_ROW) + 100;
        for (Choices list : lists) {
            data.choices(
                    List.of(new SheetOut.Cells(CatalogSheet.FIRST_DATA_ROW - 1, last, list.column())),
                    List.of(list.values()),
                    title,
                    list.warning());
        }
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
