package vn.ntm.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.ntm.assessment.values.StoredValues.StoredValue;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.Indicator;
import vn.ntm.unit.UnitView;

/**
 * Writes the exchange workbook row by row with SXSSF: only a window of rows stays in memory, the rest goes to a
 * compressed temporary file, so a sheet of every commune in the country costs little heap (the table of distinct
 * texts, mostly unit names, stays in memory). Every text
 * (unit names, reasons) is written as a string cell, never as a formula; text that starts like a formula is also
 * marked "quote prefixed" so that Excel keeps it as text when the user edits the cell.
 */
final class TemplateWriter implements AutoCloseable {

    private static final int WINDOW = 200;

    /** Shared strings (as Excel writes them) rather than inline ones: the unique texts are few (names, codes). */
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, true, true);

    private final SXSSFSheet data;
    private final SXSSFSheet ids;
    private final List<Indicator> indicators;
    private final SheetCells cells;
    private final Headers headers;
    private int nextRow = SheetLayout.FIRST_DATA_ROW - 1;

    /** Texts of the sheet: headers of columns A-C, the label of the wording row, the Đạt / Không đạt warning. */
    record Headers(String id, String code, String name, String setLine, String listWarning) {}

    TemplateWriter(CriteriaSet set, int year, Headers headers) {
        workbook.setCompressTempFiles(true);
        this.indicators = set.indicators().toList();
        this.headers = headers;
        this.data = workbook.createSheet(SheetLayout.DATA_SHEET);
        this.ids = workbook.createSheet(SheetLayout.ID_SHEET);
        this.cells = new SheetCells(workbook);
        header(set, year, headers);
        Row marker = ids.createRow(0);
        marker.createCell(0).setCellValue(SheetLayout.FORMAT);
        marker.createCell(1).setCellValue(set.code());
        marker.createCell(2).setCellValue(year);
        // says the unit rows carry the versions the sheet was made from (older templates do not)
        marker.createCell(3).setCellValue(SheetLayout.VERSIONS);
        workbook.setSheetVisibility(1, SheetVisibility.VERY_HIDDEN);
        workbook.setActiveSheet(0);
    }

    private void header(CriteriaSet set, int year, Headers headers) {
        CellStyle bold = cells.bold;
        CellStyle wrap = cells.wrap;
        Row codes = data.createRow(SheetLayout.CODE_ROW - 1);
        Row wording = data.createRow(SheetLayout.CODE_ROW);
        wording.setHeightInPoints(90);
        text(codes, SheetLayout.ID_COLUMN, headers.id(), bold);
        text(codes, SheetLayout.UNIT_CODE_COLUMN, headers.code(), bold);
        text(codes, SheetLayout.NAME_COLUMN, headers.name(), bold);
        text(wording, SheetLayout.ID_COLUMN, headers.setLine(), wrap);
        text(wording, SheetLayout.UNIT_CODE_COLUMN, set.code(), wrap);
        wording.createCell(SheetLayout.NAME_COLUMN).setCellValue(year);
        data.setColumnWidth(SheetLayout.ID_COLUMN, 12 * 256);
        data.setColumnWidth(SheetLayout.UNIT_CODE_COLUMN, 10 * 256);
        data.setColumnWidth(SheetLayout.NAME_COLUMN, 28 * 256);
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            int column = SheetLayout.FIRST_INDICATOR_COLUMN + i;
            text(codes, column, indicator.code(), bold);
            String unit =
                    indicator.measureUnit() == null || indicator.measureUnit().isBlank()
                            ? ""
                            : " (" + indicator.measureUnit() + ")";
            text(wording, column, indicator.textVi() + unit, wrap);
            data.setColumnWidth(column, 16 * 256);
        }
        data.createFreezePane(SheetLayout.FIRST_INDICATOR_COLUMN, SheetLayout.FIRST_DATA_ROW - 1);
    }

    /** One unit's row, its stored values pre-filled: numbers as numbers, the rest as text. */
    void unit(UnitView unit, Map<String, StoredValue> values) {
        Row row = data.createRow(nextRow);
        row.createCell(SheetLayout.ID_COLUMN).setCellValue(unit.id());
        text(row, SheetLayout.UNIT_CODE_COLUMN, unit.code(), null);
        text(row, SheetLayout.NAME_COLUMN, unit.name(), null);
        for (int i = 0; i < indicators.size(); i++) {
            StoredValue value = values.get(indicators.get(i).code());
            int column = SheetLayout.FIRST_INDICATOR_COLUMN + i;
            if (value != null && value.number() != null) {
                row.createCell(column).setCellValue(value.number().doubleValue());
            } else {
                SheetLayout.text(value).ifPresent(t -> text(row, column, t, null));
            }
        }
        Row issued = ids.createRow(nextRow - SheetLayout.FIRST_DATA_ROW + 2);
        issued.createCell(0).setCellValue(unit.id());
        text(issued, 1, unit.code(), null);
        text(issued, 2, unit.name(), null);
        text(issued, 3, SheetLayout.versions(values), null);
        nextRow++;
    }

    /** Adds the Đạt / Không đạt lists to the qualitative columns and writes the workbook. */
    void finish(OutputStream out) throws IOException {
        int last = Math.max(nextRow - 1, SheetLayout.FIRST_DATA_ROW - 1);
        List<Integer> qualitative = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            if (!indicators.get(i).measured()) {
                qualitative.add(SheetLayout.FIRST_INDICATOR_COLUMN + i);
            }
        }
        if (!qualitative.isEmpty()) {
            CellRangeAddressList ranges = new CellRangeAddressList();
            qualitative.forEach(c -> ranges.addCellRangeAddress(SheetLayout.FIRST_DATA_ROW - 1, c, last, c));
            // A warning, not a stop: "Không đánh giá: lý do" is also accepted there.
            SheetCells.list(
                    data,
                    ranges,
                    new String[] {SheetLayout.MET, SheetLayout.NOT_MET},
                    SheetLayout.MET + " / " + SheetLayout.NOT_MET,
                    headers.listWarning());
        }
        ids.protectSheet(UUID.randomUUID().toString());
        workbook.write(out);
    }

    private void text(Row row, int column, String text, CellStyle style) {
        cells.text(row, column, text, style);
    }

    /** Removes the temporary files of the rows already flushed. */
    @Override
    public void close() throws IOException {
        workbook.dispose();
        workbook.close();
    }
}
