package vn.ntm.exchange;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The cells every workbook the product writes is made of, whatever it holds (values, indicators): bold and wrapped
 * header styles, and text cells that can never become formulas (text starting like one is "quote prefixed", so
 * Excel keeps it as text when the user edits the cell). Also the warning lists offered in a column.
 */
final class SheetCells {

    private final CellStyle asText;
    final CellStyle bold;
    final CellStyle wrap;

    SheetCells(SXSSFWorkbook workbook) {
        asText = workbook.createCellStyle();
        asText.setQuotePrefixed(true);
        bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
    }

    /** A string cell (never a formula), in {@code style} or, for formula-like text, marked as text. */
    void text(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text == null ? "" : text);
        if (style != null) {
            cell.setCellStyle(style);
        } else if (SheetLayout.looksLikeFormula(text)) {
            cell.setCellStyle(asText);
        }
    }

    /** A list to choose from in a range of cells; other text is warned about, not refused (Excel's "warning"). */
    static void list(Sheet sheet, CellRangeAddressList cells, String[] choices, String title, String warning) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(choices), cells);
        validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        validation.setShowErrorBox(true);
        validation.createErrorBox(title, warning);
        sheet.addValidationData(validation);
    }
}
