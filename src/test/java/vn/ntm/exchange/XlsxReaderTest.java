package vn.ntm.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming reader gives every kind of cell as the text a user meant, formulas as their formula text. */
class XlsxReaderTest {

    @TempDir
    Path folder;

    @Test
    void numbers_strings_percentages_booleans_and_formulas_are_read_as_text_and_formulas_are_never_evaluated()
            throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = workbook.createSheet("Giá trị");
        Row row = sheet.createRow(0);
        row.createCell(0).setCellValue(20.5);
        row.createCell(1).setCellValue("Không đạt");
        CellStyle percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
        row.createCell(2).setCellValue(0.55);
        row.getCell(2).setCellStyle(percent);
        row.createCell(3).setCellValue(true);
        row.createCell(4).setCellFormula("1+1");
        row.createCell(5).setCellValue("=HYPERLINK(\"http://x\",\"y\")");
        row.createCell(7).setCellValue(0.1 + 0.2);
        sheet.createRow(2).createCell(1).setCellValue("  ");
        Path file = folder.resolve("cells.xlsx");
        Files.write(file, Workbooks.bytes(workbook));

        List<String> read = new ArrayList<>();
        try (XlsxReader reader = XlsxReader.open(file)) {
            reader.read(
                    "Giá trị",
                    (number, cells) -> cells.forEach(c -> read.add(
                            number + SheetLayout.column(c.column()) + "=" + c.text() + (c.formula() ? " (f)" : ""))));
        }
        assertThat(read)
                .containsExactly(
                        "1A=20.5",
                        "1B=Không đạt",
                        "1C=55",
                        "1D=TRUE",
                        "1E==1+1 (f)",
                        "1F==HYPERLINK(\"http://x\",\"y\")",
                        "1H=0.3");
    }

    @Test
    void integers_far_columns_and_repeated_strings_read_as_before_the_shortcuts() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = workbook.createSheet("Giá trị");
        CellStyle percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
        for (int r = 0; r < 2; r++) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(40);
            row.createCell(1).setCellValue(1);
            row.getCell(1).setCellStyle(percent);
            row.createCell(27).setCellValue("Đạt");
            row.createCell(702).setCellValue(123456789012345678d);
        }
        Path file = folder.resolve("shortcuts.xlsx");
        Files.write(file, Workbooks.bytes(workbook));

        List<String> read = new ArrayList<>();
        try (XlsxReader reader = XlsxReader.open(file)) {
            reader.read(
                    "Giá trị",
                    (number, cells) ->
                            cells.forEach(c -> read.add(number + SheetLayout.column(c.column()) + "=" + c.text())));
        }
        assertThat(read)
                .containsExactly(
                        "1A=40",
                        "1B=100",
                        "1AB=Đạt",
                        "1AAA=123456789012346000",
                        "2A=40",
                        "2B=100",
                        "2AB=Đạt",
                        "2AAA=123456789012346000");
        assertThat(XlsxReader.columnOf("$AB$12")).isEqualTo(27);
        assertThat(XlsxReader.isPlainInteger("007")).isFalse();
    }
}
