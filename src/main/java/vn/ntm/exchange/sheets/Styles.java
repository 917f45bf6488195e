package vn.ntm.exchange.sheets;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of one workbook, each made once and shared by every cell that needs it (a workbook holds at most
 * 64,000 styles, and a style per cell would also cost memory on every row).
 */
final class Styles {

    /** The font of official documents (Decree 30/2020, Phụ lục I: Times New Roman, Unicode TCVN 6909:2001). */
    static final String OFFICIAL_FONT = "Times New Roman";

    private record Key(Object look, String format, boolean quoted) {}

    private final Workbook workbook;
    private final Map<Key, CellStyle> made = new HashMap<>();

    Styles(Workbook workbook) {
        this.workbook = workbook;
        // made first and in this order, as the exchange writers always made them: their files stay the same
        text(Look.PLAIN, true);
        text(Look.BOLD, false);
        text(Look.WRAP, false);
    }

    /** The style of a text cell, or null for plain text that needs none (most cells of a long sheet). */
    CellStyle text(Look look, boolean quoted) {
        if (look == Look.PLAIN && !quoted) {
            return null;
        }
        return made.computeIfAbsent(new Key(look, null, quoted), k -> {
            CellStyle style = workbook.createCellStyle();
            if (quoted) {
                style.setQuotePrefixed(true);
            }
            switch (look) {
                case PLAIN -> {}
                case BOLD -> style.setFont(font(false, true, false, false, (short) 0));
                case WRAP -> style.setWrapText(true);
                case HEADER -> header(style);
            }
            return style;
        });
    }

    /** A number cell shown in {@code format} (Excel's codes: "#,##0.00", "dd/mm/yyyy", "0.0%"). */
    CellStyle number(String format) {
        return made.computeIfAbsent(new Key(Look.PLAIN, format, false), k -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        });
    }

    /** A line of the official title block, centred in its block, in the font of official documents. */
    CellStyle title(TitlePart part) {
        return made.computeIfAbsent(new Key(part, null, false), k -> {
            CellStyle style = workbook.createCellStyle();
            style.setAlignment(HorizontalAlignment.CENTER);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setWrapText(part == TitlePart.TITLE || part == TitlePart.SUBTITLE);
            style.setFont(font(true, part.bold(), part.italic(), part.underlined(), part.points()));
            return style;
        });
    }

    private void header(CellStyle style) {
        style.setFont(font(false, true, false, false, (short) 0));
        style.setWrapText(true);
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
    }

    private Font font(boolean official, boolean bold, boolean italic, boolean underlined, short points) {
        Font font = workbook.createFont();
        if (official) {
            font.setFontName(OFFICIAL_FONT);
        }
        if (points > 0) {
            font.setFontHeightInPoints(points);
        }
        if (bold) {
            font.setBold(true);
        }
        if (italic) {
            font.setItalic(true);
        }
        if (underlined) {
            font.setUnderline(Font.U_SINGLE);
        }
        return font;
    }
}
