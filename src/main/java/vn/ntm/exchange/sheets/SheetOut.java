package vn.ntm.exchange.sheets;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * One sheet of a {@link WorkbookOut}, written from top to bottom: rows are made in order ({@link #row()}), and a
 * row once out of the streaming window can no longer change. Widths, the frozen header and the lists to choose
 * from can be set at any time before the workbook is written.
 */
public final class SheetOut {

    /** Excel's width of a column nobody set, in characters. */
    private static final int DEFAULT_WIDTH = 9;
    /** Left block : right block of the title, about 40 : 60 as in the decree's header table. */
    private static final float LEFT_SHARE = 0.4f;

    private final SXSSFSheet sheet;
    private final Styles styles;
    private final Map<Integer, Integer> widths = new HashMap<>();
    private int next;

    /** Cells of one column, rows {@code firstRow} to {@code lastRow} (0 = the first row), both included. */
    public record Cells(int firstRow, int lastRow, int column) {}

    SheetOut(SXSSFSheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /** The index of the row {@link #row()} makes next (0 = the first row). */
    public int nextRow() {
        return next;
    }

    /** The next row. */
    public RowOut row() {
        return new RowOut(sheet.createRow(next++), styles);
    }

    /** Leaves {@code rows} empty rows. */
    public SheetOut skip(int rows) {
        next += rows;
        return this;
    }

    /** A row of headings from column A on, in {@code look}. */
    public SheetOut header(List<String> headings, Look look) {
        row().texts(headings, look);
        return this;
    }

    /** A column's width, in characters of the default font. */
    public SheetOut width(int column, int characters) {
        sheet.setColumnWidth(column, characters * 256);
        widths.put(column, characters);
        return this;
    }

    /** Keeps the first {@code columns} columns and {@code rows} rows in view while the rest scrolls. */
    public SheetOut freeze(int columns, int rows) {
        sheet.createFreezePane(columns, rows);
        return this;
    }

    /**
     * Offers a list to choose from in the cells; other text is warned about with {@code title} and {@code warning},
     * not refused (Excel's "warning" style), so that a reader can still accept or explain what a user typed. Excel
     * takes at most 255 characters of choices in all; a longer list belongs on a sheet of its own.
     */
    public SheetOut choices(List<Cells> where, List<String> values, String title, String warning) {
        CellRangeAddressList cells = new CellRangeAddressList();
        where.forEach(c -> cells.addCellRangeAddress(c.firstRow(), c.column(), c.lastRow(), c.column()));
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation =
                helper.createValidation(helper.createExplicitListConstraint(values.toArray(String[]::new)), cells);
        validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        validation.setShowErrorBox(true);
        validation.createErrorBox(title, warning);
        sheet.addValidationData(validation);
        return this;
    }

    /**
     * The official title block over a table of {@code columns} columns, from the next row: superior and issuer at
     * the left, national title, motto and date line at the right, then the title (and subtitle) across the table
     * and an empty row before whatever comes next. Set the widths first: a long title is given the lines it needs.
     */
    public SheetOut title(OfficialTitle title, int columns) {
        if (columns < 2) {
            throw new IllegalArgumentException("an official title block needs at least two columns");
        }
        int left = Math.max(1, Math.round(columns * LEFT_SHARE));
        String superior = title.superiorLine();
        pair(
                row(),
                left,
                columns,
                superior != null ? superior : title.issuerLine(),
                superior != null ? TitlePart.SUPERIOR : TitlePart.ISSUER,
                OfficialTitle.NATIONAL_TITLE,
                TitlePart.NATIONAL_TITLE);
        pair(
                row(),
                left,
                columns,
                superior != null ? title.issuerLine() : null,
                TitlePart.ISSUER,
                OfficialTitle.MOTTO,
                TitlePart.MOTTO);
        pair(row(), left, columns, null, null, title.dateLine(), TitlePart.DATE_LINE);
        skip(1);
        across(row(), columns, title.title(), TitlePart.TITLE);
        if (title.subtitle() != null && !title.subtitle().isBlank()) {
            across(row(), columns, title.subtitle(), TitlePart.SUBTITLE);
        }
        return skip(1);
    }

    private void pair(
            RowOut row,
            int left,
            int columns,
            String leftText,
            TitlePart leftPart,
            String rightText,
            TitlePart rightPart) {
        if (leftText != null) {
            put(row, 0, leftText, leftPart);
        }
        put(row, left, rightText, rightPart);
        merge(row.index(), 0, left - 1);
        merge(row.index(), left, columns - 1);
    }

    private void across(RowOut row, int columns, String text, TitlePart part) {
        put(row, 0, text, part);
        merge(row.index(), 0, columns - 1);
        int characters = 0;
        for (int c = 0; c < columns; c++) {
            characters += widths.getOrDefault(c, DEFAULT_WIDTH);
        }
        // a merged cell does not grow with its text: give it the lines it needs (the title's font is larger)
        int lines = (int) Math.ceil(text.length() * part.points() / 11.0 / characters);
        if (lines > 1) {
            row.height(lines * part.points() * 1.4f);
        }
    }

    private void put(RowOut row, int column, String text, TitlePart part) {
        row.styled(column, text, styles.title(part));
    }

    private void merge(int row, int first, int last) {
        if (last > first) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, first, last));
        }
    }
}
