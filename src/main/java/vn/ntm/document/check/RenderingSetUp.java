package vn.ntm.document.check;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import vn.ntm.document.Authority;
import vn.ntm.document.Block;
import vn.ntm.document.DocumentContent;
import vn.ntm.document.DocumentKind;
import vn.ntm.document.Issuer;
import vn.ntm.document.LayoutFamily;
import vn.ntm.document.SigningBlock;
import vn.ntm.document.layout.LayoutProfile;
import vn.ntm.document.layout.LayoutProfiles;

/**
 * Before the first document: PDFBox keeps its font cache under the data directory (not in the user's home), the
 * installation's replacement profiles are read (a refused one stops the start with the reason), and, once the
 * application is ready, one document of each family is rendered in the background.
 */
@Component
@EnableConfigurationProperties(RenderingProperties.class)
class RenderingSetUp {

    private static final Logger log = LoggerFactory.getLogger(RenderingSetUp.class);
    private static final String FONT_CACHE = "pdfbox.fontcache";

    private final RenderingProperties properties;

    RenderingSetUp(RenderingProperties properties, Environment environment) {
        this.properties = properties;
        String dataDir = environment.getProperty("ntm.data-dir");
        Path documents = StringUtils.hasText(dataDir) ? Path.of(dataDir).resolve("documents") : null;
        if (documents != null && System.getProperty(FONT_CACHE) == null) {
            System.setProperty(FONT_CACHE, documents.resolve("pdfbox-cache").toString());
        }
        Path layouts = properties.layoutDirectory() != null
                ? properties.layoutDirectory()
                : documents == null ? null : documents.resolve("layouts");
        for (LayoutProfile replaced : LayoutProfiles.useReplacements(layouts)) {
            log.info("Layout of {} bodies replaced by {} from {}", replaced.family(), replaced.id(), layouts);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        if (!properties.warmUp()) {
            return;
        }
        Thread thread = new Thread(this::renderSamples, "documents-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private void renderSamples() {
        long start = System.nanoTime();
        try {
            CheckedRenderer renderer = new CheckedRenderer();
            for (LayoutFamily family : LayoutFamily.values()) {
                renderer.render(sample(family), issuer(family));
            }
            log.info("Documents warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Documents warm-up failed: {}", e.getMessage());
        }
    }

    private static Issuer issuer(LayoutFamily family) {
        return family == LayoutFamily.STATE
                ? new Issuer(family, null, List.of("ỦY BAN NHÂN DÂN", "XÃ MẪU"), "UBND", "Mẫu")
                : new Issuer(family, "ĐẢNG BỘ TỈNH MẪU", List.of("ĐẢNG ỦY XÃ MẪU"), "ĐU", "Mẫu");
    }

    private static DocumentContent sample(LayoutFamily family) {
        SigningBlock signature = family == LayoutFamily.STATE
                ? SigningBlock.of(Authority.TM, "Ủy ban nhân dân", "Chủ tịch", "Nguyễn Văn A")
                : SigningBlock.of(Authority.T_M, "Ban Thường vụ", "Bí thư", "Nguyễn Văn A");
        return DocumentContent.builder(DocumentKind.KE_HOACH)
                .date(LocalDate.of(2026, 1, 5))
                .title("Kế hoạch mẫu")
                .add(Block.Paragraph.of("Văn bản viết lúc khởi động để nạp phông chữ."))
                .signature(signature)
                .build();
    }
}
