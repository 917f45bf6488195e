package vn.ntm.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.ntm.access.DemoUsers;
import vn.ntm.access.SystemActor;
import vn.ntm.imports.ImportMode;
import vn.ntm.install.Installation;
import vn.ntm.org.BodyBulkImport;
import vn.ntm.org.BodyDirectory;
import vn.ntm.scope.Role;
import vn.ntm.unit.ImportReport;
import vn.ntm.unit.UnitImports;
import vn.ntm.unit.Units;

/**
 * On first start with an empty database, loads the seeds' places (Thượng Lộ, the Tam Đường communes, Cẩm Lĩnh,
 * Như Thanh, Nghi Dương) with their real codes and the 2025 lineage, through the product's own import, all
 * marked as demo. Running it again changes nothing. Off with {@code ntm.demo.enabled=false}.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "ntm.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final LocalDate BEFORE_REFORM = LocalDate.of(2024, 11, 1);
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private final UnitImports imports;
    private final Units units;
    private final DemoUsers users;
    private final SystemActor system;
    private final BodyBulkImport bodies;
    private final DemoAssessments assessments;
    private final DemoDocuments documents;
    private final BodyDirectory bodyDirectory;
    private final Installation installation;

    DemoData(
            UnitImports imports,
            Units units,
            DemoUsers users,
            SystemActor system,
            BodyBulkImport bodies,
            DemoAssessments assessments,
            DemoDocuments documents,
            BodyDirectory bodyDirectory,
            Installation installation) {
        this.bodyDirectory = bodyDirectory;
        this.installation = installation;
        this.imports = imports;
        this.assessments = assessments;
        this.documents = documents;
        this.bodies = bodies;
        this.units = units;
        this.users = users;
        this.system = system;
    }

    @Override
    public void run(ApplicationArguments args) {
        system.run("demo", this::load);
    }

    void load() {
        if (!installation.isDemo() || units.hasRealUnits()) {
            log.info("Cơ sở dữ liệu có dữ liệu thật: không nạp dữ liệu mẫu / real data present, no demo data");
            return;
        }
        if (!units.hasDemoUnits()) {
            loadUnits();
        }
        loadUsers();
        assessments.load();
        documents.load();
    }

    private void loadUnits() {
        list("units-2024-11-01.csv", BEFORE_REFORM, "DEMO - Nghị quyết 1203/NQ-UBTVQH15");
        list("villages-2024-11-01.csv", BEFORE_REFORM, "DEMO - thôn minh họa");
        list("units-2025-03-01.csv", LocalDate.of(2025, 3, 1), "DEMO - Nghị quyết 1318 và 1365/NQ-UBTVQH15");
        list("units-2025-07-01.csv", REFORM, "DEMO - Nghị quyết 202/2025/QH15");
        report(imports.importFile(
                UnitImports.Kind.MAPPING,
                "mapping-2025-07-01.csv",
                read("mapping-2025-07-01.csv"),
                REFORM,
                "DEMO - Nghị quyết của UBTVQH về sắp xếp đơn vị hành chính cấp xã năm 2025",
                ImportMode.ALL_OR_NOTHING,
                true));
        report(imports.importFile(
                UnitImports.Kind.ATTRIBUTES,
                "attributes.csv",
                read("attributes.csv"),
                null,
                null,
                ImportMode.ALL_OR_NOTHING,
                true));
        BodyBulkImport.Report bodyReport =
                bodies.importCsv("bodies.csv", read("bodies.csv"), ImportMode.ALL_OR_NOTHING, true);
        if ("REJECTED".equals(bodyReport.outcome())) {
            throw new IllegalStateException("Dữ liệu mẫu lỗi / demo data refused: bodies.csv: " + bodyReport.issues());
        }
        log.info("Dữ liệu mẫu / demo data bodies.csv: {}", bodyReport.message());
    }

    private void loadUsers() {
        users.ensure("admin", Role.ADMIN, null, null);
        users.ensure("tinh.hue", Role.PROVINCE_OFFICER, "46", null);
        users.ensure("so.yte.hue", Role.AGENCY_OFFICER, "46", null, body("46", "SO_Y_TE"));
        users.ensure("xa.khetre", Role.COMMUNE_OFFICER, "20161", null);
        users.ensure("lanhdao.khetre", Role.COMMUNE_LEADER, "20161", null);
        users.ensure("xa.thuonglo", Role.COMMUNE_OFFICER, "20185", LocalDate.of(2024, 12, 1));
        users.ensure("xa.talen", Role.COMMUNE_OFFICER, "03405", null);
        users.ensure("xa.camtrung", Role.COMMUNE_OFFICER, "18742", null);
        users.ensure("xem.laichau", Role.VIEWER, "12", null);
    }

    /** The demo body of that type in the unit carrying the code today. */
    private Long body(String unitCode, String bodyType) {
        return bodyDirectory.list(units.byCode(unitCode, null).id()).stream()
                .filter(b -> b.bodyType().equals(bodyType))
                .map(b -> b.id())
                .findFirst()
                .orElse(null);
    }

    private void list(String file, LocalDate effective, String basis) {
        report(imports.importFile(
                UnitImports.Kind.LIST, file, read(file), effective, basis, ImportMode.ALL_OR_NOTHING, true));
    }

    private static void report(ImportReport report) {
        if (report.outcome() == ImportReport.Outcome.REJECTED) {
            throw new IllegalStateException(
                    "Dữ liệu mẫu lỗi / demo data refused: " + report.fileName() + ": " + report.issues());
        }
        log.info("Dữ liệu mẫu / demo data {}: {}", report.fileName(), report.message());
    }

    private static byte[] read(String file) {
        try (InputStream in = new ClassPathResource("demo/" + file).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
