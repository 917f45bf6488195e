package vn.ntm.exchange.sheets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * One row of a {@link SheetOut}, its cells typed. Numbers stay numbers (a reader can add them up); their format
 * uses Excel's codes, which Excel shows with the reader's separators: 1.234,5 and 05/01/2024 on a Vietnamese
 * system. A null value leaves the cell empty, except for text, which is written as empty text.
 */
public final class RowOut {

    /** Characters that make a spreadsheet or a CSV reader treat text as a formula. */
    private static final String FORMULA_STARTS = "=+-@";

    private static final String INTEGER = "#,##0";
    private static final String DATE = "dd/mm/yyyy";

    private final Row row;
    private final Styles styles;

    RowOut(Row row, Styles styles) {
        this.row = row;
        this.styles = styles;
    }

    /** The row's index, 0 for the first row (Excel shows it as 1). */
    public int index() {
        return row.getRowNum();
    }

    public RowOut height(float points) {
        row.setHeightInPoints(points);
        return this;
    }

    /**
     * A text cell, never a formula: text that starts like one ("=", "+", "-", "@") is marked "quote prefixed", so
     * that Excel keeps it as text when the user edits the cell.
     */
    public RowOut text(int column, String text) {
        return text(column, text, Look.PLAIN);
    }

    public RowOut text(int column, String text, Look look) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text == null ? "" : text);
        style(cell, styles.text(look, looksLikeFormula(text)));
        return this;
    }

    /** Texts in the columns from A on, in order. */
    public RowOut texts(List<String> texts) {
        return texts(texts, Look.PLAIN);
    }

    public RowOut texts(List<String> texts, Look look) {
        for (int i = 0; i < texts.size(); i++) {
            text(i, texts.get(i), look);
        }
        return this;
    }

    /** A number as it is, in Excel's "General" format (the cells a user fills in and the file reads back). */
    public RowOut number(int column, Number value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
        return this;
    }

    /** A whole number with thousands grouped: 1.044.000 (a fraction is cut off). */
    public RowOut integer(int column, Number value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.longValue());
            cell.setCellStyle(styles.number(INTEGER));
        }
        return this;
    }

    /**
     * A decimal with {@code digits} digits after the comma, thousands grouped: 1.234,50. The value is rounded to
     * them (half up), so that what a reader adds up is what the table shows.
     */
    public RowOut decimal(int column, BigDecimal value, int digits) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.setScale(digits, RoundingMode.HALF_UP).doubleValue());
            cell.setCellStyle(styles.number(decimals(INTEGER, digits)));
        }
        return this;
    }

    /** A day, shown dd/mm/yyyy (05/01/2024); a real date cell, so that it sorts and filters as one. */
    public RowOut date(int column, LocalDate day) {
        if (day != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(day);
            cell.setCellStyle(styles.number(DATE));
        }
        return this;
    }

    /**
     * A percentage given in points, as the criteria write them (95 for 95 %): stored as the share 0,95 with a
     * percent format, so that Excel shows 95,0% and computes with 0,95.
     */
    public RowOut percent(int column, BigDecimal points, int digits) {
        if (points != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(points.movePointLeft(2)
                    .setScale(digits + 2, RoundingMode.HALF_UP)
                    .doubleValue());
            cell.setCellStyle(styles.number(decimals("0", digits) + "%"));
        }
        return this;
    }

    /** A text cell in a style of the title block. */
    void styled(int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    /** Whether a spreadsheet could take the text for a formula if it were retyped. */
    static boolean looksLikeFormula(String text) {
        return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    private static String decimals(String whole, int digits) {
        return digits <= 0 ? whole : whole + "." + "0".repeat(digits);
    }

    private static void style(Cell cell, CellStyle style) {
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
