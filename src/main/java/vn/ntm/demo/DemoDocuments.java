package vn.ntm.demo;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ntm.document.Authority;
import vn.ntm.document.Block;
import vn.ntm.document.Block.BulletList;
import vn.ntm.document.Block.Heading;
import vn.ntm.document.Block.Paragraph;
import vn.ntm.document.DocumentContent;
import vn.ntm.document.DocumentKind;
import vn.ntm.document.Documents;
import vn.ntm.document.SigningBlock;
import vn.ntm.document.Source;
import vn.ntm.org.BodyDirectory;
import vn.ntm.org.PeopleDirectory;
import vn.ntm.org.Signer;
import vn.ntm.unit.Units;

/**
 * Two sample drafts of Khe Tre in the shapes of the seeds, with the demo's own places and signers: a công văn of
 * the Ủy ban nhân dân signed "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" (seed 002) and a công văn of the Đảng ủy signed "T/M"
 * (seed 000), and the Đảng ủy's term 2025–2030 that its numbers will run in. Drafts only: nothing takes a number.
 * Loaded once, all or nothing; a database that has them already is left as it is.
 */
@Component
class DemoDocuments {

    static final String MODULE = "demo";
    static final String STATE_LETTER = "cong-van-ubnd-khe-tre";
    static final String PARTY_LETTER = "cong-van-dang-uy-khe-tre";

    /** Khe Tre after the 2025 reform: the commune the demo's documents belong to. */
    private static final String KHE_TRE = "20161";

    /**
     * Stand-in start of the Đảng ủy's term 2025–2030. The day the term really starts (the day after its congress
     * closed, DL §4) is in no source we hold; 1/7/2025 is the day the merged commune Khe Tre came into being
     * (Nghị quyết 202/2025/QH15, the demo's own unit list), not the congress. Change it when the real day is known.
     */
    static final LocalDate TERM_STARTS = LocalDate.of(2025, 7, 1);

    static final String TERM_LABEL = "Nhiệm kỳ 2025 - 2030";

    private static final Logger log = LoggerFactory.getLogger(DemoDocuments.class);

    private final Documents documents;
    private final BodyDirectory bodies;
    private final PeopleDirectory people;
    private final Units units;
    private final TransactionTemplate transactions;

    DemoDocuments(
            Documents documents,
            BodyDirectory bodies,
            PeopleDirectory people,
            Units units,
            TransactionTemplate transactions) {
        this.documents = documents;
        this.bodies = bodies;
        this.people = people;
        this.units = units;
        this.transactions = transactions;
    }

    void load() {
        long ubnd = body("UBND_XA");
        long dangUy = body("DANG_UY_XA");
        boolean loaded = documents.list(ubnd, null, null).stream()
                .anyMatch(d -> d.source() != null && MODULE.equals(d.source().module()));
        if (loaded) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            documents.addPartyTerm(dangUy, TERM_LABEL, TERM_STARTS, null);
            documents.draft(ubnd, stateLetter(signer(ubnd, "PHO_CHU_TICH")), new Source(MODULE, STATE_LETTER));
            documents.draft(dangUy, partyLetter(signer(dangUy, "BI_THU")), new Source(MODULE, PARTY_LETTER));
        });
        log.info("Dữ liệu mẫu / demo data: 2 văn bản dự thảo của xã Khe Tre / 2 draft documents of Khe Tre");
    }

    /** In the shape of seed 002 (a UBND công văn of Tam Đường, 2024), for Khe Tre's own offices and villages. */
    static DocumentContent stateLetter(String signer) {
        return DocumentContent.builder(DocumentKind.CONG_VAN)
                .draftYear(2026)
                // the drafting unit's abbreviation is the body's own choice (NĐ 30 Phụ lục III); KT: Phòng Kinh tế
                .draftingUnit("KT")
                .title("tập trung thực hiện các nhiệm vụ xây dựng nông thôn mới năm 2026")
                .recipients(List.of("Các phòng, đơn vị thuộc Ủy ban nhân dân xã", "Trưởng các thôn"))
                .body(List.of(
                        Paragraph.of("Để tiếp tục nâng cao chất lượng, hiệu quả thực hiện Chương trình mục tiêu quốc"
                                + " gia xây dựng nông thôn mới trên địa bàn xã Khe Tre (gồm địa bàn thị trấn Khe Tre"
                                + " và các xã Hương Phú, Hương Lộc, Thượng Lộ trước khi sắp xếp), Chủ tịch Ủy ban"
                                + " nhân dân xã yêu cầu các phòng, đơn vị và các thôn tập trung thực hiện một số"
                                + " nhiệm vụ sau:"),
                        new Heading(2, "1.", "Phòng Kinh tế"),
                        BulletList.of(
                                "-",
                                "Chủ trì, phối hợp với các thôn rà soát, đánh giá từng chỉ tiêu, tiêu chí nông thôn"
                                        + " mới của xã; tham mưu Ủy ban nhân dân xã chỉ đạo đối với những nội dung"
                                        + " vượt thẩm quyền.",
                                "Tổng hợp kết quả kiểm tra chỉ tiêu, tiêu chí nông thôn mới từ các phòng, đơn vị và"
                                        + " các thôn; báo cáo Ủy ban nhân dân xã hằng quý."),
                        new Heading(2, "2.", "Các thôn"),
                        BulletList.of(
                                "-",
                                "Tập trung tuyên truyền, vận động Nhân dân tham gia xây dựng nông thôn mới, chỉnh"
                                        + " trang đường thôn, ngõ xóm xanh, sạch, đẹp.",
                                "Báo cáo kết quả thực hiện từng tiêu chí thôn nông thôn mới về Ủy ban nhân dân xã"
                                        + " (qua Phòng Kinh tế)."),
                        Paragraph.of("Chủ tịch Ủy ban nhân dân xã yêu cầu Thủ trưởng các phòng, đơn vị và Trưởng"
                                + " các thôn nghiêm túc triển khai thực hiện.")))
                .distribution(List.of("TT: Đảng ủy, HĐND xã", "Chủ tịch, các PCT UBND xã"))
                .signature(SigningBlock.of(Authority.KT, "Chủ tịch", "Phó Chủ tịch", signer))
                .build();
    }

    /** In the shape of seed 000 (a Party công văn of Như Thanh, 2026), from the Đảng ủy of Khe Tre. */
    static DocumentContent partyLetter(String signer) {
        return DocumentContent.builder(DocumentKind.CONG_VAN)
                .draftYear(2026)
                .title("triển khai xây dựng Kế hoạch thực hiện Chương trình xây dựng nông thôn mới của xã"
                        + " Khe Tre giai đoạn 2026-2030")
                .recipients(List.of("Ủy ban nhân dân xã Khe Tre"))
                .body(List.<Block>of(
                        Paragraph.of("Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã Khe Tre nhiệm kỳ 2025–2030,"
                                + " để tổ chức triển khai thực hiện đồng bộ, kịp thời, đúng quy định, Đảng ủy xã"
                                + " yêu cầu Ủy ban nhân dân xã tập trung thực hiện một số nhiệm vụ sau:"),
                        new Heading(2, "1.", "Xây dựng Kế hoạch thực hiện Chương trình"),
                        BulletList.of(
                                "-",
                                "Chủ trì, phối hợp với các phòng, đơn vị và các thôn rà soát các tiêu chí nông thôn"
                                        + " mới của xã, nhất là tại các thôn của xã Thượng Lộ trước khi sắp xếp.",
                                "Xây dựng Kế hoạch thực hiện với các nội dung cụ thể:"),
                        BulletList.of(
                                "+",
                                "Phân công rõ trách nhiệm từng phòng, cơ quan, đơn vị;",
                                "Xác định tiến độ, thời gian hoàn thành từng tiêu chí, chỉ tiêu;",
                                "Dự kiến nguồn lực thực hiện."),
                        new Heading(2, "2.", "Tổ chức thực hiện"),
                        BulletList.of(
                                "-",
                                "Báo cáo Ban Thường vụ Đảng ủy xem xét, cho ý kiến trước khi ban hành.",
                                "Định kỳ báo cáo Đảng ủy kết quả thực hiện."),
                        Paragraph.of("Đảng ủy yêu cầu Ủy ban nhân dân xã tổ chức triển khai thực hiện các nhiệm vụ"
                                + " nêu trên, bảo đảm đúng tiến độ, chất lượng; kịp thời báo cáo những khó khăn,"
                                + " vướng mắc để xem xét, chỉ đạo.")))
                .distribution(List.of("Các đồng chí UV BTV Đảng ủy", "Các đồng chí UV BCH Đảng bộ xã"))
                .signature(SigningBlock.of(Authority.T_M, "Đảng ủy", "Bí thư", signer))
                .build();
    }

    /** The demo's own body of that type in Khe Tre (tests may add more of the same type). */
    private long body(String bodyType) {
        return bodies.list(units.byCode(KHE_TRE, null).id()).stream()
                .filter(b -> b.bodyType().equals(bodyType))
                .mapToLong(b -> b.id())
                .min()
                .orElseThrow(() -> new IllegalStateException("demo body " + bodyType + " of Khe Tre missing"));
    }

    /** The name of the one who holds the position in the body today (bodies.csv, column ma_chuc_vu). */
    private String signer(long bodyId, String positionCode) {
        return people.signers(bodyId, null).stream()
                .filter(s -> positionCode.equals(s.positionCode()) && s.bodyId() == bodyId)
                .map(Signer::fullName)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("demo signer " + positionCode + " missing"));
    }
}
