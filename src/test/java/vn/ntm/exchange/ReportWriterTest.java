package vn.ntm.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's lines are kept as compressed text and come back into the workbook exactly as written. */
class ReportWriterTest {

    static final ReportWriter.Headings HEADINGS =
            new ReportWriter.Headings("Thay đổi", "Lỗi", "Vị trí", "Mã", "Tên", "Chỉ tiêu", "Trước", "Sau", "Lý do");

    @TempDir
    Path folder;

    @Test
    void texts_with_tabs_line_breaks_backslashes_and_formulas_come_back_unchanged_on_their_own_sheet()
            throws Exception {
        Path lines = folder.resolve("r.lines");
        String awkward = "Giá trị \"1\\2\t3\n4\r\" của chỉ tiêu 14.3 không phải là số";
        try (ReportWriter report = new ReportWriter(Files.newOutputStream(lines))) {
            report.change(new PreviewLines.ChangeLine(
                    "dòng 3, cột H", 3, "H", 1, "19999", "Xã Thượng Lộ", "14.2", "95", "96"));
            report.error(
                    new PreviewLines.ErrorLine("dòng 3, cột I", 3, "I", 1, "19999", "Xã Thượng Lộ", "14.3", awkward));
            report.change(new PreviewLines.ChangeLine(
                    "dòng 4, cột H", 4, "H", 2, "20000", "", "14.2", null, "=HYPERLINK(\"http://x\")"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWriter.workbook(Files.newInputStream(lines), HEADINGS, out);

        XSSFWorkbook workbook = Workbooks.open(out.toByteArray());
        Sheet changes = workbook.getSheet("Thay đổi");
        assertThat(texts(changes.getRow(0))).containsExactly("Vị trí", "Mã", "Tên", "Chỉ tiêu", "Trước", "Sau");
        assertThat(texts(changes.getRow(1)))
                .containsExactly("dòng 3, cột H", "19999", "Xã Thượng Lộ", "14.2", "95", "96");
        assertThat(texts(changes.getRow(2)))
                .as("empty and null texts stay empty; a formula stays text")
                .containsExactly("dòng 4, cột H", "20000", "", "14.2", "", "=HYPERLINK(\"http://x\")");
        assertThat(changes.getRow(2).getCell(5).getCellType()).isEqualTo(CellType.STRING);
        assertThat(changes.getLastRowNum()).isEqualTo(2);
        Sheet errors = workbook.getSheet("Lỗi");
        assertThat(texts(errors.getRow(1))).containsExactly("dòng 3, cột I", "19999", "Xã Thượng Lộ", "14.3", awkward);
        assertThat(errors.getLastRowNum()).isEqualTo(1);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }
}
