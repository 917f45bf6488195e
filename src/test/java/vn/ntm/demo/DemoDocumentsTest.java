package vn.ntm.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ntm.document.DocumentState;
import vn.ntm.document.DocumentView;
import vn.ntm.document.Documents;
import vn.ntm.document.issue.DocumentFixtures;
import vn.ntm.scope.SystemRun;
import vn.ntm.testing.NtmTest;

/**
 * The demo's sample documents as a leader of Khe Tre finds them: two drafts in the shapes of seeds 002 and 000,
 * rendered with the demo's own places and the signers bodies.csv names by position code, the Đảng ủy's term they
 * will be numbered in, and nothing added by a second load.
 */
@NtmTest
class DemoDocumentsTest {

    @Autowired
    Documents documents;

    @Autowired
    DemoDocuments demo;

    @Autowired
    SystemRun system;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    DocumentFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new DocumentFixtures(accounts, jdbc);
    }

    private DocumentView sample(String bodyType, String ref) {
        long body = fixtures.kheTreBody(bodyType);
        List<DocumentView> found = fixtures.as(DocumentFixtures.LEADER, () -> documents.list(body, null, null)).stream()
                .filter(d -> d.source() != null
                        && DemoDocuments.MODULE.equals(d.source().module())
                        && ref.equals(d.source().ref()))
                .toList();
        assertThat(found).as("one sample " + ref).hasSize(1);
        return found.get(0);
    }

    /** The text of the draft's PDF as stored, its whitespace collapsed (a line may break anywhere). */
    private String pdfText(DocumentView d) throws IOException {
        byte[] pdf = fixtures.as(
                        DocumentFixtures.LEADER,
                        () -> documents.revisionFile(
                                d.id(), d.revisions().get(0).revision(), true))
                .content();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        byte[] docx = fixtures.as(
                        DocumentFixtures.LEADER,
                        () -> documents.revisionFile(
                                d.id(), d.revisions().get(0).revision(), false))
                .content();
        assertThat(new String(docx, 0, 2)).as("the .docx is a zip").isEqualTo("PK");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void the_ubnd_sample_is_a_draft_cong_van_signed_by_the_vice_chair_the_csv_names() throws IOException {
        DocumentView d = sample("UBND_XA", DemoDocuments.STATE_LETTER);
        assertThat(d.state()).isEqualTo(DocumentState.DRAFT);
        assertThat(d.family()).isEqualTo("STATE");
        assertThat(d.kind()).isEqualTo("CONG_VAN");
        assertThat(d.number()).as("a draft takes no number").isNull();
        assertThat(d.revisions()).hasSize(1);
        assertThat(pdfText(d))
                .contains(
                        "ỦY BAN NHÂN DÂN",
                        "XÃ KHE TRE",
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "/UBND-KT",
                        "Khe Tre, ngày",
                        "năm 2026",
                        "Kính gửi:",
                        "Thượng Lộ",
                        "1. Phòng Kinh tế",
                        "nghiêm túc triển khai thực hiện./.",
                        "- Lưu: VT, KT.",
                        "KT. CHỦ TỊCH",
                        "PHÓ CHỦ TỊCH",
                        "Đinh Văn Phúc (mẫu)");
    }

    @Test
    void the_party_sample_is_a_draft_cong_van_of_the_dang_uy_signed_for_it_by_its_secretary() throws IOException {
        DocumentView d = sample("DANG_UY_XA", DemoDocuments.PARTY_LETTER);
        assertThat(d.state()).isEqualTo(DocumentState.DRAFT);
        assertThat(d.family()).isEqualTo("PARTY");
        assertThat(pdfText(d))
                .contains(
                        "ĐẢNG ỦY XÃ KHE TRE",
                        "ĐẢNG CỘNG SẢN VIỆT NAM",
                        "-CV/ĐU",
                        "Kính gửi:",
                        "Ủy ban nhân dân xã Khe Tre",
                        "1. Xây dựng Kế hoạch thực hiện Chương trình",
                        "+ Phân công rõ trách nhiệm",
                        "T/M ĐẢNG ỦY",
                        "BÍ THƯ",
                        "Nguyễn Văn A (mẫu)");
    }

    @Test
    void the_dang_uy_has_its_term_2025_2030_and_a_second_load_adds_nothing() {
        long dangUy = fixtures.kheTreBody("DANG_UY_XA");
        List<String> terms = jdbc.sql(
                        "select label || ' ' || starts_on from document_party_term where owner_body_id = ?"
                                + " and label = ?")
                .params(dangUy, DemoDocuments.TERM_LABEL)
                .query(String.class)
                .list();
        assertThat(terms).containsExactly(DemoDocuments.TERM_LABEL + " " + LocalDate.of(2025, 7, 1));
        long before = jdbc.sql("select count(*) from document where source_module = 'demo'")
                .query(Long.class)
                .single();
        assertThat(before).isEqualTo(2);
        system.run("demo", () -> {
            demo.load();
            return null;
        });
        assertThat(jdbc.sql("select count(*) from document where source_module = 'demo'")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }
}
