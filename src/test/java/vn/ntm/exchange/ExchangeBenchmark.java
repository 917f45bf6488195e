package vn.ntm.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.zip.InflaterInputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ntm.access.SystemActor;
import vn.ntm.benchmark.Floors;
import vn.ntm.criteria.Catalog;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.Indicator;
import vn.ntm.db.EmbeddedDatabase;
import vn.ntm.imports.ImportMode;
import vn.ntm.text.Messages;
import vn.ntm.unit.UnitImports;

/**
 * Figures for the note, not a pass/fail timing test (run: see docs/benchmarks.md). On the real units of the 2025-03 list
 * (10,035 communes) and the 57 indicators of the 2021-2025 set for 2025: the product's own template of every
 * commune, filled with SYNTHETIC values by streaming it through SAX into SXSSF, then upload + preview and apply
 * (all or nothing). Prints seconds and the peak heap of each step.
 */
@Tag("benchmark")
@SpringBootTest(
        properties = {
            "ntm.embedded-db.data-dir=target/pg-bench",
            "ntm.embedded-db.database=bench_exchange",
            "ntm.embedded-db.fresh=true",
            "ntm.demo.enabled=false",
            "ntm.exchange.directory=target/exchange-bench"
        })
class ExchangeBenchmark {

    static final String SET = "NTM-XA-2021-2025";

    @Autowired
    UnitImports imports;

    @Autowired
    SystemActor system;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Catalog catalog;

    @Autowired
    Templates templates;

    @Autowired
    Previews previews;

    @Autowired
    Applications applications;

    @Autowired
    PreviewStore store;

    @Autowired
    Messages messages;

    @Autowired
    EmbeddedDatabase database;

    @Test
    void the_country_in_one_sheet_goes_out_and_back_in_seconds() {
        system.run("benchmark", () -> {
            try {
                run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void run() throws IOException {
        Floors floors = new Floors(database);
        System.out.printf(
                "BENCH load average at the start: %s; heap limit %,d MB%n",
                Floors.load(), Runtime.getRuntime().maxMemory() / 1_000_000);
        long t0 = System.nanoTime();
        imports.importManifest(Path.of("../shared/data/units-snapshots.json"), ImportMode.VALID_ROWS);
        print("import of the official lists (set-up, not part of the round trip)", t0, "");
        jdbc.sql("""
                insert into unit_attribute (unit_id, attribute, value, valid_from, valid_to, legal_basis)
                select u.id, 'REGION', (array['TDMNPB','DBSH','BTB','DHNTB','TN','DNB','DBSCL'])[1 + (u.id % 7)],
                       u.valid_from, u.valid_to, 'SYNTHETIC benchmark'
                from admin_unit u where u.level = 'COMMUNE'""").update();
        Path template = Path.of("target/exchange-bench-template.xlsx");
        Path filled = Path.of("target/exchange-bench-filled.xlsx");

        Step step = new Step();
        Templates.Target target = templates.target(SET, 2025, null, LocalDate.of(2025, 3, 31));
        // the 2021-2025 set covers the xã (not wards or towns) of the list in force that day
        int communes = target.units().size();
        assertThat(communes).isBetween(7_000, 10_035);
        try (OutputStream out = Files.newOutputStream(template)) {
            templates.write(target, out);
        }
        step.done("template download (" + communes + " communes x 57 indicators, values read in chunks)", template);

        fill(template, filled, catalog.set(SET));
        step.done("fill the template with SYNTHETIC values (SAX in, SXSSF out, test code)", filled);

        PreviewLines preview;
        try (InputStream in = Files.newInputStream(filled)) {
            preview = previews.preview(SET, 2025, "country.xlsx", in, null);
        }
        double previewSeconds = step.done(
                "upload + preview (SAX read, every cell checked by ValueBatch.plan," + " report lines recorded)", null);
        // floor: the file read once by the same SAX reader (nothing checked) and its bytes stored by one COPY
        long f0 = System.nanoTime();
        int[] cells = new int[1];
        try (XlsxReader reader = XlsxReader.open(filled)) {
            reader.read(SheetLayout.DATA_SHEET, (number, row) -> cells[0] += row.size());
        }
        double readFloor = (System.nanoTime() - f0) / 1e9;
        String previewParts = "select * from exchange_preview_part where token = '" + preview.token() + "'";
        // the same rows the preview writes: its row and its parts (workbook, report, digests, preview)
        String previewRow = "select * from exchange_preview where token = '" + preview.token() + "'";
        double storeFloor = floors.copySeconds(
                3,
                List.of(
                        new Floors.Part("exchange_preview", previewRow),
                        new Floors.Part("exchange_preview_part", previewParts)));
        System.out.printf(
                "BENCH preview floor: SAX read of %,d cells %.2f s + COPY of the preview's parts %.2f s%n",
                cells[0], readFloor, storeFloor);
        Floors.print("upload + preview of the national sheet", previewSeconds, readFloor + storeFloor, "s", "< 5 s");
        System.out.printf(
                "BENCH preview: %,d rows, %,d cells, %,d changes, %,d errors%n",
                preview.rows(), preview.cells(), preview.changeCount(), preview.errorCount());
        assertThat(preview.rows()).isEqualTo(communes);
        assertThat(preview.errorCount()).isZero();

        Path report = Path.of("target/exchange-bench-report.xlsx");
        try (OutputStream out = Files.newOutputStream(report)) {
            ReportWriter.workbook(store.reportInput(preview.token()), ReportWriter.Headings.of(messages), out);
        }
        double reportSeconds = step.done(
                "full report download, built on request (" + preview.changeCount() + " change lines)", report);
        Path bareReport = Path.of("target/exchange-bench-report-floor.xlsx");
        bareReport(store.reportInput(preview.token()), bareReport);
        double reportFloor = step.done("report floor: the same lines as plain text cells by bare SXSSF", bareReport);
        Floors.print("full report download", reportSeconds, reportFloor, "s", "streamed, bounded heap");

        long auditBefore = jdbc.sql("select coalesce(max(id), 0) from audit_log")
                .query(Long.class)
                .single();
        PreviewLines applied = applications.apply(preview.token(), ImportMode.ALL_OR_NOTHING, null);
        double applySeconds = step.done(
                "apply all or nothing (re-read, stale check, upsert, audit, re-judge," + " one transaction)", null);
        long setId = catalog.set(SET).id();
        String where = " where set_id = " + setId + " and year = 2025";
        double applyFloor = floors.copySeconds(
                2,
                List.of(
                        new Floors.Part("assessment_value", "select * from assessment_value" + where),
                        new Floors.Part("audit_log", "select * from audit_log where id > " + auditBefore),
                        new Floors.Part("unit_result", "select * from unit_result" + where),
                        new Floors.Part("criterion_result", "select * from criterion_result" + where),
                        new Floors.Part("indicator_result", "select * from indicator_result" + where)));
        Floors.print(
                "Excel apply of the national sheet (floor: its values, audit and result rows by COPY)",
                applySeconds,
                applyFloor,
                "s",
                "< 10 s, heap 384 MB");
        assertThat(applied.applied().written()).isEqualTo(communes * 57);
        long stored = jdbc.sql("select count(*) from assessment_value where year = 2025")
                .query(Long.class)
                .single();
        long judged = jdbc.sql("select count(*) from unit_result where year = 2025")
                .query(Long.class)
                .single();
        System.out.printf("BENCH stored values: %,d; judged communes: %,d%n", stored, judged);
        assertThat(judged).isEqualTo(communes);
    }

    /** Copies the template row by row, putting a value in every indicator cell. */
    @SuppressWarnings("try")
    private static void fill(Path template, Path filled, CriteriaSet set) {
        List<Indicator> indicators = set.indicators().toList();
        Random random = new Random(2025);
        try (XlsxReader reader = XlsxReader.open(template);
                SXSSFWorkbook out = new SXSSFWorkbook(null, 200, true, true);
                OutputStream file = Files.newOutputStream(filled)) {
            SXSSFSheet data = out.createSheet(SheetLayout.DATA_SHEET);
            SXSSFSheet ids = out.createSheet(SheetLayout.ID_SHEET);
            reader.read(SheetLayout.DATA_SHEET, (number, cells) -> {
                Row row = data.createRow(number - 1);
                cells.stream()
                        .filter(c ->
                                c.column() < SheetLayout.FIRST_INDICATOR_COLUMN || number < SheetLayout.FIRST_DATA_ROW)
                        .forEach(c -> copy(row, c));
                if (number >= SheetLayout.FIRST_DATA_ROW) {
                    for (int i = 0; i < indicators.size(); i++) {
                        int column = SheetLayout.FIRST_INDICATOR_COLUMN + i;
                        Indicator indicator = indicators.get(i);
                        if (indicator.measured()) {
                            row.createCell(column)
                                    .setCellValue(
                                            indicator.comparison().rising()
                                                    ? 40 + random.nextInt(61)
                                                    : random.nextInt(30));
                        } else {
                            row.createCell(column).setCellValue(random.nextInt(10) == 0 ? "Không đạt" : "Đạt");
                        }
                    }
                }
            });
            reader.read(SheetLayout.ID_SHEET, (number, cells) -> {
                Row row = ids.createRow(number - 1);
                cells.forEach(c -> copy(row, c));
            });
            out.write(file);
            out.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The floor of the report download: the same recorded lines inflated and written by bare SXSSF (a window of 100
     * rows, inline texts, as the report), each text as a plain cell: no styles, no escapes, no product code.
     */
    private static void bareReport(InputStream lines, Path file) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(new InflaterInputStream(lines), StandardCharsets.UTF_8), 1 << 16);
                OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet changes = workbook.createSheet("changes");
            SXSSFSheet errors = workbook.createSheet("errors");
            int changeRow = 0;
            int errorRow = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                Row row = line.charAt(0) == 'C' ? changes.createRow(changeRow++) : errors.createRow(errorRow++);
                String[] texts = line.split("\t", -1);
                for (int i = 1; i < texts.length; i++) {
                    row.createCell(i - 1).setCellValue(texts[i]);
                }
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /** As text: ids and years are read back from text as well, and codes such as 17.10 must stay text. */
    private static void copy(Row row, XlsxReader.Cell cell) {
        row.createCell(cell.column()).setCellValue(cell.text());
    }

    /** Seconds and peak heap (sum of the heap pools' peaks) since the previous step. */
    private static final class Step {
        private long start = System.nanoTime();

        Step() {
            reset();
        }

        double done(String what, Path file) {
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed())
                    .sum();
            String size = "";
            try {
                size = file == null ? "" : String.format(", file %.1f MB", Files.size(file) / 1e6);
            } catch (IOException ignored) {
                // size is optional
            }
            System.out.printf("BENCH %s: %.1f s, peak heap %,d MB%s%n", what, seconds, peak / 1_000_000, size);
            reset();
            start = System.nanoTime();
            return seconds;
        }

        private static void reset() {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        }
    }

    private static void print(String what, long t0, String extra) {
        System.out.printf("BENCH %s: %.2f s %s%n", what, (System.nanoTime() - t0) / 1e9, extra);
    }
}
