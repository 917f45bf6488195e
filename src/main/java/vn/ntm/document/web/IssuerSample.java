package vn.ntm.document.web;

import java.time.LocalDate;
import java.util.List;
import vn.ntm.document.Authority;
import vn.ntm.document.Block.Paragraph;
import vn.ntm.document.DocumentContent;
import vn.ntm.document.DocumentKind;
import vn.ntm.document.LayoutFamily;
import vn.ntm.document.SigningBlock;

/** A one-page sample Kế hoạch the issuer page renders to show its header as the files will print it. */
final class IssuerSample {

    private IssuerSample() {}

    static DocumentContent of(LayoutFamily family, LocalDate today) {
        boolean party = family == LayoutFamily.PARTY;
        return DocumentContent.builder(DocumentKind.KE_HOACH)
                .draftYear(today.getYear())
                .title(party ? "về trang mẫu xem trước thể thức" : "Trang mẫu xem trước thể thức")
                .body(List.of(Paragraph.of("Trang mẫu để xem đầu văn bản theo thiết lập cơ quan ban hành; nội dung"
                        + " không phải văn bản thật.")))
                .distribution(List.of("Như trên"))
                .signature(
                        party
                                ? SigningBlock.of(Authority.T_M, "Ban Thường vụ", "Bí thư", "Người ký mẫu")
                                : SigningBlock.of(Authority.TM, "Ủy ban nhân dân", "Chủ tịch", "Người ký mẫu"))
                .build();
    }
}
