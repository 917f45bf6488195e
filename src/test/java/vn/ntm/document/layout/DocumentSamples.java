package vn.ntm.document.layout;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import vn.ntm.document.Authority;
import vn.ntm.document.Block.Article;
import vn.ntm.document.Block.BulletList;
import vn.ntm.document.Block.CountedList;
import vn.ntm.document.Block.Heading;
import vn.ntm.document.Block.Paragraph;
import vn.ntm.document.Block.Table;
import vn.ntm.document.DocumentContent;
import vn.ntm.document.DocumentKind;
import vn.ntm.document.Issuer;
import vn.ntm.document.LayoutFamily;
import vn.ntm.document.Run;
import vn.ntm.document.SigningBlock;

/** Sample issuers and documents of both families, shaped like the seeds (texts partly from them, partly made up). */
public final class DocumentSamples {

    private DocumentSamples() {}

    public static Issuer ubndXa() {
        return new Issuer(LayoutFamily.STATE, null, List.of("Ủy ban nhân dân", "xã Thượng Lộ"), "UBND", "Thượng Lộ");
    }

    public static Issuer ubndHuyen() {
        return new Issuer(LayoutFamily.STATE, null, List.of("ỦY BAN NHÂN DÂN", "HUYỆN TAM ĐƯỜNG"), "UBND", "Tam Đường");
    }

    public static Issuer dangUy() {
        return new Issuer(
                LayoutFamily.PARTY, "ĐẢNG BỘ TỈNH THANH HÓA", List.of("ĐẢNG ỦY XÃ NHƯ THANH"), "ĐU", "Như Thanh");
    }

    /** A state Kế hoạch of a commune (seed 004's shape), dated, with a counted list and a table. */
    public static DocumentContent stateKeHoach() {
        return DocumentContent.builder(DocumentKind.KE_HOACH)
                .date(LocalDate.of(2024, 1, 5))
                .title("Thực hiện Chương trình xây dựng nông thôn mới năm 2024")
                .legalBases(List.of(
                        "Căn cứ Nghị quyết số 10/NQ-HĐND ngày 20/12/2023 của Hội đồng nhân dân xã",
                        "Căn cứ Kế hoạch số 275/KH-UBND ngày 25/12/2023 của Ủy ban nhân dân huyện Nam Đông"))
                .body(List.of(
                        new Heading(1, "I.", "Mục đích, yêu cầu"),
                        Paragraph.of("Duy trì và nâng cao chất lượng các tiêu chí đã đạt; phấn đấu đạt chuẩn xã"
                                + " nông thôn mới nâng cao trong năm 2024."),
                        new Heading(1, "II.", "Nội dung thực hiện"),
                        new Heading(2, "1.", "Kết quả đạt được"),
                        new CountedList(
                                "Đến nay xã đã đạt",
                                19,
                                " tiêu chí:",
                                List.of("Quy hoạch", "Giao thông", "Thủy lợi và phòng, chống thiên tai", "Điện")),
                        new Heading(2, "2.", "Phân công thực hiện"),
                        new Table(
                                List.of("TT", "Nhiệm vụ", "Đơn vị chủ trì"),
                                List.of(
                                        List.of("1", "Rà soát hồ sơ tiêu chí", "Văn phòng - Thống kê"),
                                        List.of("2", "Hoàn thiện đường giao thông thôn", "Địa chính - Xây dựng"))),
                        Paragraph.of(
                                Run.plain("Các bộ phận báo cáo kết quả về Ủy ban nhân dân xã "),
                                Run.bold("trước ngày 25/12/2024"),
                                Run.plain("."))))
                .distribution(List.of("VPĐP NTM huyện (để b/c)", "TT Đảng ủy, HĐND xã", "Các ban, ngành, đoàn thể"))
                .signature(SigningBlock.of(Authority.TM, "Ủy ban nhân dân", "Chủ tịch", "Hồ Thị Hằng"))
                .build();
    }

    /** A state công văn of a district (seed 002's shape), undated draft, several recipients. */
    public static DocumentContent stateCongVan() {
        return DocumentContent.builder(DocumentKind.CONG_VAN)
                .draftYear(2024)
                .draftingUnit("NN")
                .title("tập trung thực hiện các nhiệm vụ xây dựng nông thôn mới")
                .recipients(List.of("Các cơ quan, đơn vị huyện", "Ủy ban nhân dân các xã"))
                .body(List.of(
                        Paragraph.of("Căn cứ Công văn số 4316/UBND-KTN ngày 25/10/2024 của UBND tỉnh về việc tăng"
                                + " cường công tác thực hiện Chương trình MTQG xây dựng nông thôn mới trên địa bàn"
                                + " tỉnh."),
                        Paragraph.of("Để tiếp tục nâng cao chất lượng, hiệu quả thực hiện Chương trình mục tiêu quốc"
                                + " gia xây dựng nông thôn mới trên địa bàn huyện trong thời gian tới, Chủ tịch Ủy ban"
                                + " nhân dân huyện yêu cầu các cơ quan, Ủy ban nhân dân các xã tập trung thực hiện"
                                + " một số nhiệm vụ sau:"),
                        new Heading(2, "1.", "Các cơ quan, đơn vị huyện"),
                        BulletList.of(
                                "-",
                                "Chủ động phối hợp với Ủy ban nhân dân các xã tổ chức kiểm tra, đánh giá"
                                        + " chỉ tiêu, tiêu chí nông thôn mới."),
                        new Heading(2, "2.", "Phòng Nông nghiệp và Phát triển nông thôn"),
                        BulletList.of(
                                "-",
                                "Tổng hợp kết quả kiểm tra; báo cáo Ủy ban nhân dân huyện trước ngày" + " 07/11/2024."),
                        Paragraph.of("Chủ tịch UBND huyện yêu cầu Thủ trưởng các cơ quan, đơn vị có liên quan, Chủ"
                                + " tịch UBND các xã nghiêm túc triển khai thực hiện.")))
                .distribution(List.of("TT: Huyện ủy, HĐND huyện", "Chủ tịch, PCT UBND huyện"))
                .signature(SigningBlock.of(Authority.KT, "Chủ tịch", "Phó Chủ tịch", "Phong Vĩnh Cường"))
                .build();
    }

    /** A Party công văn of the Ban Thường vụ (seed 000's shape), undated draft, one recipient. */
    public static DocumentContent partyCongVan() {
        return DocumentContent.builder(DocumentKind.CONG_VAN)
                .draftYear(2026)
                .title("triển khai điều chỉnh Chương trình trọng tâm xây dựng xã đạt chuẩn nông thôn mới và xây"
                        + " dựng kế hoạch phát triển KT-XH 5 năm, giai đoạn 2026-2030.")
                .recipients(List.of("Ủy ban nhân dân xã Như Thanh"))
                .body(List.of(
                        Paragraph.of("Thực hiện Quyết định số 51/2025/QĐ-TTg ngày 29/12/2025 của Thủ tướng Chính"
                                + " phủ; ngày 07/4/2026, Đảng ủy xã đã ban hành Nghị quyết số 08-NQ/ĐU."),
                        new Heading(2, "1.", "Tham mưu điều chỉnh Chương trình trọng tâm"),
                        BulletList.of("-", "Rà soát các chỉ tiêu của Chương trình số 11-CTr/ĐU ngày 29/10/2025."),
                        new BulletList(
                                "+",
                                List.of(Paragraph.of(
                                        Run.plain("Hoàn thành "), Run.bold("trước ngày 25/4/2026"), Run.plain(".")))),
                        Paragraph.of("Ban Thường vụ Đảng ủy đề nghị Ủy ban nhân dân xã quan tâm, triển khai thực"
                                + " hiện, báo cáo Ban Thường vụ để xem xét, chỉ đạo.")))
                .distribution(List.of("Các đồng chí UV BTV Đảng ủy", "Các đồng chí UV BCH Đảng bộ xã"))
                .signature(SigningBlock.of(Authority.T_M, "Ban Thường vụ", "Phó Bí thư Thường trực", "Lê Thúy Lan"))
                .build();
    }

    /**
     * A state Quyết định of a commune chairman (PL3 Mẫu 1.2's shape; texts made up): urgent and secret, Căn cứ with
     * "Theo đề nghị của …", "QUYẾT ĐỊNH:", three articles, two annexes, the drafter's code and the archive copies.
     */
    public static DocumentContent stateQuyetDinh() {
        return DocumentContent.builder(DocumentKind.QUYET_DINH)
                .date(LocalDate.of(2024, 1, 5))
                .urgency(DocumentContent.Urgency.THUONG_KHAN)
                .secrecy(DocumentContent.Secrecy.MAT)
                .title("Về việc thành lập Ban Chỉ đạo xây dựng nông thôn mới xã Thượng Lộ")
                .decidingAuthority("Chủ tịch Ủy ban nhân dân xã Thượng Lộ")
                .legalBases(List.of(
                        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
                        "Căn cứ Kế hoạch số 275/KH-UBND ngày 25/12/2023 của Ủy ban nhân dân huyện Nam Đông"))
                .proposal("Theo đề nghị của công chức Văn phòng - Thống kê xã")
                .body(List.of(
                        new Article(
                                "Điều 1.",
                                "Thành lập Ban Chỉ đạo xây dựng nông thôn mới xã Thượng Lộ",
                                List.of(Paragraph.of("Thành phần Ban Chỉ đạo tại Phụ lục I kèm theo Quyết định này."))),
                        new Article(
                                "Điều 2.",
                                "Nhiệm vụ của Ban Chỉ đạo",
                                List.of(Paragraph.of("Nhiệm vụ từng thành viên tại Phụ lục II kèm theo."))),
                        new Article(
                                "Điều 3.",
                                null,
                                List.of(Paragraph.of("Công chức Văn phòng - Thống kê, các thành viên có tên tại Điều 1"
                                        + " chịu trách nhiệm thi hành Quyết định này.")))))
                .annex(new DocumentContent.Annex(
                        "Thành phần Ban Chỉ đạo",
                        List.of(new Table(
                                List.of("TT", "Họ và tên", "Chức vụ"),
                                List.of(List.of("1", "Hồ Thị Hằng", "Chủ tịch UBND xã, Trưởng ban"))))))
                .annex(new DocumentContent.Annex(
                        "Nhiệm vụ của các thành viên", List.of(BulletList.of("-", "Trưởng ban chỉ đạo chung."))))
                .distribution(List.of("Như Điều 3", "TT Đảng ủy, HĐND xã"))
                .draftingUnit("VP")
                .archiveCopies(2)
                .drafter("pl", 30)
                .signature(SigningBlock.of(null, null, "Chủ tịch", "Hồ Thị Hằng"))
                .build();
    }

    /** A Party Kế hoạch of the Ban Thường vụ (seed 001's shape), numbered and dated, decomposed (NFD) input. */
    public static DocumentContent partyKeHoach() {
        return DocumentContent.builder(DocumentKind.KE_HOACH)
                .date(LocalDate.of(2026, 3, 30))
                .titleSecondLine("của Ban Thường vụ Đảng ủy")
                .title(Normalizer.normalize(
                        "thực hiện Chương trình xây dựng nông thôn mới năm 2026", Normalizer.Form.NFD))
                .legalBases(List.of("Căn cứ Nghị quyết số 08-NQ/ĐU ngày 07/4/2026 của Ban Chấp hành Đảng bộ xã"))
                .body(List.of(
                        new Heading(1, "I.", "Mục đích, yêu cầu"),
                        Paragraph.of(
                                "Lãnh đạo, chỉ đạo các chi bộ, Ủy ban nhân dân xã và các đoàn thể thực hiện đạt các"
                                        + " chỉ tiêu xây dựng nông thôn mới năm 2026."),
                        new Heading(1, "II.", "Nhiệm vụ"),
                        BulletList.of("-", "Các chi bộ quán triệt Kế hoạch đến đảng viên.")))
                .distribution(List.of("Ban Thường vụ Huyện ủy (để b/c)", "Các chi bộ trực thuộc"))
                .signature(SigningBlock.of(Authority.T_M, "Ban Thường vụ", "Bí thư", "Nguyễn Văn An"))
                .build();
    }

    /** A Party Quyết định of the Ban Thường vụ: upright Căn cứ, then the subject sentence, then the articles. */
    public static DocumentContent partyQuyetDinh() {
        return DocumentContent.builder(DocumentKind.QUYET_DINH)
                .date(LocalDate.of(2026, 4, 8))
                .title("về việc thành lập Tổ giúp việc xây dựng nông thôn mới")
                .legalBases(List.of(
                        "Căn cứ Điều lệ Đảng Cộng sản Việt Nam",
                        "Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ xã nhiệm kỳ 2025 - 2030"))
                .body(List.of(
                        new Article(
                                "Điều 1.",
                                "Thành lập Tổ giúp việc",
                                List.of(Paragraph.of(
                                        "Tổ giúp việc gồm các đồng chí có tên trong danh sách kèm theo."))),
                        new Article(
                                "Điều 2.",
                                null,
                                List.of(Paragraph.of("Văn phòng Đảng ủy và các đồng chí có tên tại Điều 1 thi hành"
                                        + " Quyết định này.")))))
                .distribution(List.of("Như Điều 2"))
                .signature(SigningBlock.of(Authority.T_M, "Ban Thường vụ", "Bí thư", "Nguyễn Văn An"))
                .build();
    }
}
