package vn.ntm.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import vn.ntm.access.SystemActor;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.ConflictException;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.imports.ImportMode;

/**
 * The published sheet machinery ({@code exchange::sheets}) serves a row type of another module's own, here a
 * plan's actuals (code, number) as a later module would read them, through the public API only: the file is kept
 * and previewed with its errors by row and column, only its uploader sees it, "all or nothing" is refused while an
 * error remains, "valid rows" reads the kept file again, and a preview is applied once. (The set-up of
 * {@link ExchangePagesTest}, so the two share one application context.)
 */
@SpringBootTest(
        properties = {
            "ntm.embedded-db.data-dir=target/pg-test",
            "ntm.embedded-db.database=exchange_pages",
            "ntm.embedded-db.fresh=true",
            "ntm.exchange.directory=target/exchange-pages"
        })
@AutoConfigureMockMvc
class SheetUploadsTest {

    static final String SHEET = "Số liệu";

    /** Another module's preview: how many rows, the errors by place, and once applied how many rows were taken. */
    record ActualsPreview(String token, String username, String fileName, int rows, List<String> errors, Integer taken)
            implements SheetPreview {

        @Override
        public boolean wasApplied() {
            return taken != null;
        }
    }

    /** One row of actuals: an indicator code and its number. */
    record Actual(int row, String code, double value) {}

    @Autowired
    SheetUploads uploads;

    @Autowired
    SystemActor system;

    @Test
    void another_modules_rows_are_previewed_with_errors_by_place_and_applied_once_by_their_uploader_only() {
        byte[] file = workbook(new Object[][] {{"code", "value"}, {"1.1", 12.5}, {"1.2", "mười"}, {"2.1", 3}});
        List<String> errors = new ArrayList<>();
        ActualsPreview preview = system.run(
                "actuals.officer",
                () -> uploads.receive(
                        new ByteArrayInputStream(file),
                        (token, kept) -> new ActualsPreview(
                                token,
                                "actuals.officer",
                                "actuals.xlsx",
                                read(kept, errors).size() + errors.size(),
                                List.copyOf(errors),
                                null)));
        assertThat(preview.rows()).isEqualTo(3);
        assertThat(preview.errors()).containsExactly("dòng 3, cột B: not a number");

        assertThatThrownBy(() -> system.run("someone.else", () -> uploads.own(preview.token(), ActualsPreview.class)))
                .isInstanceOf(OutOfScopeException.class);

        system.run("actuals.officer", () -> {
            ActualsPreview mine = uploads.own(preview.token(), ActualsPreview.class);
            assertThat(mine).isEqualTo(preview);
            assertThatThrownBy(
                            () -> uploads.applicable(mine, null, mine.errors().size(), "exchange.error.hasErrors"))
                    .isInstanceOf(BadInputException.class);
            assertThat(uploads.applicable(
                            mine, ImportMode.VALID_ROWS, mine.errors().size(), "exchange.error.hasErrors"))
                    .isEqualTo(ImportMode.VALID_ROWS);

            List<Actual> valid = read(uploads.file(mine.token()), new ArrayList<>());
            assertThat(valid).containsExactly(new Actual(2, "1.1", 12.5), new Actual(4, "2.1", 3));
            uploads.applied(new ActualsPreview(
                    mine.token(), mine.username(), mine.fileName(), mine.rows(), mine.errors(), valid.size()));

            ActualsPreview done = uploads.own(preview.token(), ActualsPreview.class);
            assertThat(done.taken()).isEqualTo(2);
            assertThatThrownBy(() -> uploads.applicable(done, ImportMode.VALID_ROWS, 0, "exchange.error.hasErrors"))
                    .isInstanceOf(ConflictException.class);
            return null;
        });
    }

    @Test
    void a_planner_that_refuses_the_file_leaves_nothing_behind() {
        byte[] file = workbook(new Object[][] {{"code", "value"}});
        List<String> tokens = new ArrayList<>();
        assertThatThrownBy(() -> system.run(
                        "actuals.officer",
                        () -> uploads.receive(new ByteArrayInputStream(file), (token, kept) -> {
                            tokens.add(token);
                            throw new BadInputException("file", "authoring.sheet.noRows");
                        })))
                .isInstanceOf(BadInputException.class);
        assertThat(tokens).hasSize(1);
        assertThatThrownBy(() -> uploads.file(tokens.get(0))).isInstanceOf(RuntimeException.class);
    }

    /** The rows from row 2 on, as a module reading its own sheet would: errors say where, by row and column. */
    private static List<Actual> read(Path file, List<String> errors) {
        List<Actual> rows = new ArrayList<>();
        try (StreamedSheet sheet = StreamedSheet.open(file)) {
            sheet.read(SHEET, (number, cells) -> {
                if (number < 2 || cells.size() < 2) {
                    return;
                }
                try {
                    rows.add(new Actual(
                            number,
                            cells.get(0).text(),
                            Double.parseDouble(cells.get(1).text())));
                } catch (NumberFormatException e) {
                    errors.add(StreamedSheet.ref(number, cells.get(1).column()) + ": not a number");
                }
            });
        }
        return rows;
    }

    private static byte[] workbook(Object[][] rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(rows[r][c]));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
