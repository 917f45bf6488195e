package vn.ntm.outside;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.ntm.exchange.sheets.Look;
import vn.ntm.exchange.sheets.OfficialTitle;
import vn.ntm.exchange.sheets.SheetOut;
import vn.ntm.exchange.sheets.WorkbookOut;

/**
 * A module outside {@code exchange} (this package stands for one, e.g. a roll-up report) writes an official table
 * through {@code exchange :: sheets} alone, and POI reads back what a user would see in Excel: the title block of
 * Decree 30/2020, the headings, typed cells in Vietnamese formats, the frozen header, a list, the hidden keys.
 */
class OfficialSheetTest {

    static final OfficialTitle TITLE = new OfficialTitle(
            "Ủy ban nhân dân thành phố Huế",
            "Ủy ban nhân dân xã Thượng Lộ",
            "BÁO CÁO KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2024",
            "(Kèm theo Báo cáo số 04/BC-UBND ngày 05/01/2024 của Ủy ban nhân dân xã Thượng Lộ)",
            "Thượng Lộ",
            LocalDate.of(2024, 1, 5));

    /** How Excel shows the cells on a Vietnamese system: comma for decimals, dot between thousands. */
    static final DataFormatter VIETNAMESE = new DataFormatter(Locale.forLanguageTag("vi-VN"));

    @Test
    void an_official_table_written_through_the_named_interface_reads_back_with_its_title_block_formats_and_values()
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int headerRow;
        try (WorkbookOut book = WorkbookOut.streamed()) {
            SheetOut sheet = book.sheet("Kết quả");
            sheet.width(0, 6)
                    .width(1, 28)
                    .width(2, 12)
                    .width(3, 16)
                    .width(4, 10)
                    .width(5, 14);
            sheet.title(TITLE, 6);
            headerRow = sheet.nextRow();
            sheet.header(List.of("STT", "Xã", "Số hộ", "Thu nhập (triệu đồng)", "Tỷ lệ", "Ngày công nhận"), Look.HEADER)
                    .freeze(0, headerRow + 1);
            sheet.row()
                    .integer(0, 1)
                    .text(1, "Xã Thượng Lộ")
                    .integer(2, 1_044_000L)
                    .decimal(3, new BigDecimal("1234.5"), 1)
                    .percent(4, new BigDecimal("95.5"), 1)
                    .date(5, LocalDate.of(2019, 12, 30));
            sheet.row()
                    .integer(0, 2)
                    .text(1, "=HYPERLINK(\"http://x\")")
                    .integer(2, null)
                    .decimal(3, new BigDecimal("0.04"), 1)
                    .percent(4, null, 1)
                    .date(5, null);
            sheet.choices(
                    List.of(new SheetOut.Cells(headerRow + 1, headerRow + 100, 1)),
                    List.of("Xã Thượng Lộ", "Xã Thượng Long"),
                    "Xã",
                    "Chọn một xã trong danh sách");
            book.keySheet("_khoa")
                    .row()
                    .text(0, "ntm-rollup/1")
                    .text(1, "NTM-XA-2021-2025")
                    .number(2, 2024);
            book.write(out);
        }

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Kết quả");
            assertThat(workbook.getActiveSheetIndex()).isZero();

            // title block: left 40 % (columns A-B), right the rest (C-F); names in capitals
            assertThat(text(sheet, 0, 0)).isEqualTo("ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ");
            assertThat(font(sheet, 0, 0).getBold()).isFalse();
            assertThat(text(sheet, 0, 2)).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            assertThat(font(sheet, 0, 2).getBold()).isTrue();
            assertThat(text(sheet, 1, 0)).isEqualTo("ỦY BAN NHÂN DÂN XÃ THƯỢNG LỘ");
            assertThat(font(sheet, 1, 0).getBold()).isTrue();
            assertThat(text(sheet, 1, 2)).isEqualTo("Độc lập - Tự do - Hạnh phúc");
            assertThat(font(sheet, 1, 2).getBold()).isTrue();
            assertThat(font(sheet, 1, 2).getUnderline()).isEqualTo(Font.U_SINGLE);
            assertThat(text(sheet, 2, 2)).isEqualTo("Thượng Lộ, ngày 05 tháng 01 năm 2024");
            assertThat(font(sheet, 2, 2).getItalic()).isTrue();
            assertThat((Object) sheet.getRow(3))
                    .as("an empty row before the title")
                    .isNull();
            assertThat(text(sheet, 4, 0)).isEqualTo(TITLE.title());
            assertThat(font(sheet, 4, 0).getBold()).isTrue();
            assertThat(font(sheet, 4, 0).getFontHeightInPoints()).isEqualTo((short) 14);
            assertThat(text(sheet, 5, 0)).isEqualTo(TITLE.subtitle());
            assertThat(font(sheet, 5, 0).getFontName()).isEqualTo("Times New Roman");
            assertThat(sheet.getMergedRegions())
                    .contains(
                            new CellRangeAddress(0, 0, 0, 1),
                            new CellRangeAddress(0, 0, 2, 5),
                            new CellRangeAddress(1, 1, 2, 5),
                            new CellRangeAddress(2, 2, 2, 5),
                            new CellRangeAddress(4, 4, 0, 5),
                            new CellRangeAddress(5, 5, 0, 5));
            assertThat(headerRow)
                    .as("an empty row between the title block and the table")
                    .isEqualTo(7);

            // headings, bold with borders; the header stays in view
            Row header = sheet.getRow(headerRow);
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Thu nhập (triệu đồng)");
            assertThat(font(sheet, headerRow, 3).getBold()).isTrue();
            assertThat(header.getCell(3).getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (headerRow + 1));
            assertThat(sheet.getColumnWidth(1)).isEqualTo(28 * 256);

            // typed cells: numbers stay numbers, shown in Vietnamese formats
            Row first = sheet.getRow(headerRow + 1);
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(1_044_000.0);
            assertThat(VIETNAMESE.formatCellValue(first.getCell(0))).isEqualTo("1");
            assertThat(VIETNAMESE.formatCellValue(first.getCell(2))).isEqualTo("1.044.000");
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(1234.5);
            assertThat(VIETNAMESE.formatCellValue(first.getCell(3))).isEqualTo("1.234,5");
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(0.955);
            assertThat(VIETNAMESE.formatCellValue(first.getCell(4))).isEqualTo("95,5%");
            assertThat(first.getCell(5).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2019, 12, 30));
            assertThat(VIETNAMESE.formatCellValue(first.getCell(5))).isEqualTo("30/12/2019");

            Row second = sheet.getRow(headerRow + 2);
            Cell formula = second.getCell(1);
            assertThat(formula.getCellType())
                    .as("text that looks like a formula stays text")
                    .isEqualTo(CellType.STRING);
            assertThat(formula.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat((Object) second.getCell(2)).as("no value, no cell").isNull();
            assertThat(VIETNAMESE.formatCellValue(second.getCell(3))).isEqualTo("0,0");
            assertThat((Object) second.getCell(4)).isNull();
            assertThat((Object) second.getCell(5)).isNull();

            List<? extends DataValidation> lists = sheet.getDataValidations();
            assertThat(lists).hasSize(1);
            assertThat(lists.get(0).getValidationConstraint().getExplicitListValues())
                    .containsExactly("Xã Thượng Lộ", "Xã Thượng Long");
            assertThat(lists.get(0).getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);

            // the keys for the way back: very hidden, protected
            XSSFSheet keys = workbook.getSheet("_khoa");
            assertThat(workbook.getSheetVisibility(workbook.getSheetIndex(keys)))
                    .isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(keys.getProtect()).isTrue();
            assertThat(keys.getRow(0).getCell(0).getStringCellValue()).isEqualTo("ntm-rollup/1");
            assertThat(keys.getRow(0).getCell(2).getNumericCellValue()).isEqualTo(2024.0);
        }
    }

    @Test
    void the_date_line_pads_days_below_10_and_only_january_and_february() {
        assertThat(TITLE.dateLine()).isEqualTo("Thượng Lộ, ngày 05 tháng 01 năm 2024");
        assertThat(new OfficialTitle(null, "UBND xã Thượng Lộ", "BÁO CÁO", null, "Thượng Lộ", LocalDate.of(2019, 6, 29))
                        .dateLine())
                .isEqualTo("Thượng Lộ, ngày 29 tháng 6 năm 2019");
        assertThat(new OfficialTitle(null, "UBND xã Thượng Lộ", "BÁO CÁO", null, "Thượng Lộ", LocalDate.of(2026, 2, 3))
                        .dateLine())
                .isEqualTo("Thượng Lộ, ngày 03 tháng 02 năm 2026");
        assertThat(new OfficialTitle(null, "UBND xã Thượng Lộ", "BÁO CÁO", null, "Như Thanh", null).dateLine())
                .startsWith("Như Thanh, ngày ")
                .doesNotContainPattern("\\d");
    }

    @Test
    void without_a_superior_body_the_issuer_stands_level_with_the_national_title() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WorkbookOut book = WorkbookOut.streamed()) {
            book.sheet("Bảng")
                    .title(
                            new OfficialTitle(
                                    null, "Ủy ban nhân dân xã Thượng Lộ", "DANH SÁCH", null, "Thượng Lộ", null),
                            3);
            book.write(out);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(text(sheet, 0, 0)).isEqualTo("ỦY BAN NHÂN DÂN XÃ THƯỢNG LỘ");
            assertThat(font(sheet, 0, 0).getBold()).isTrue();
            assertThat(text(sheet, 0, 1)).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            assertThat((Object) sheet.getRow(1).getCell(0))
                    .as("no second left line")
                    .isNull();
        }
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static XSSFFont font(XSSFSheet sheet, int row, int column) {
        return ((XSSFCellStyle) sheet.getRow(row).getCell(column).getCellStyle()).getFont();
    }
}
