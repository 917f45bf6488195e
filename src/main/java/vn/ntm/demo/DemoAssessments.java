package vn.ntm.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.ntm.assessment.ValueInput;
import vn.ntm.assessment.values.Assessments;
import vn.ntm.criteria.ImportOutcome;
import vn.ntm.criteria.OverlayImport;
import vn.ntm.text.CsvTable;
import vn.ntm.unit.UnitView;
import vn.ntm.unit.Units;

/**
 * Demo overlays (labelled demo values, never real decisions) for Thừa Thiên Huế before and Huế after the 2025
 * merger, Lai Châu and Hà Tĩnh; and Thượng Lộ's 2024 values from seed 004, entered and submitted through the
 * product's own services, so that the acceptance case "đạt 17/19 tiêu chí" shows on first start.
 */
@Component
class DemoAssessments {

    private static final Logger log = LoggerFactory.getLogger(DemoAssessments.class);
    static final String SET = "NTM-XA-2021-2025";
    private static final String[] OVERLAYS = {
        "overlay-46-2021-2025.json",
        "overlay-46-2025-after-merger.json",
        "overlay-12-2021-2025.json",
        "overlay-42-2021-2025.json"
    };

    private final OverlayImport overlays;
    private final Assessments assessments;
    private final Units units;

    DemoAssessments(OverlayImport overlays, Assessments assessments, Units units) {
        this.overlays = overlays;
        this.assessments = assessments;
        this.units = units;
    }

    void load() {
        for (String file : OVERLAYS) {
            ImportOutcome outcome = overlays.importOverlay(file, read(file));
            log.info("Dữ liệu mẫu / demo overlay {}: {}", file, outcome.outcome());
        }
        UnitView thuongLo = units.byCode("20185", LocalDate.of(2024, 12, 1));
        if (!assessments.values(thuongLo.id(), SET, 2024).isEmpty()) {
            return;
        }
        for (CsvTable.Row row : CsvTable.parse(
                read("values-thuong-lo-2024.csv"),
                List.of("ma_chi_tieu", "gia_tri", "khong_danh_gia_ly_do", "ghi_chu"))) {
            String reason = row.get(2);
            ValueInput input = new ValueInput(row.get(1), reason != null, reason, row.get(3), null, null);
            assessments.write(thuongLo.id(), SET, 2024, row.get(0), input);
        }
        int submitted = assessments.submitAll(thuongLo.id(), SET, 2024);
        log.info("Dữ liệu mẫu / demo values: Thượng Lộ 2024, {} chỉ tiêu đã gửi", submitted);
    }

    private static byte[] read(String file) {
        try (InputStream in = new ClassPathResource("demo/" + file).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
