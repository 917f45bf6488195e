package vn.ntm.document.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ntm.document.issue.DocumentFixtures.LEADER;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ntm.document.Authority;
import vn.ntm.document.DocumentContent;
import vn.ntm.document.DocumentState;
import vn.ntm.document.DocumentView;
import vn.ntm.document.Documents;
import vn.ntm.document.SigningBlock;
import vn.ntm.document.check.LayoutRuleBroken;
import vn.ntm.document.layout.DocumentSamples;
import vn.ntm.testing.NtmTest;
import vn.ntm.text.VietnameseDates;

/**
 * A feature hands over content, and the service renders it in the issuer's layout: the draft's files are the
 * checked rendering (no number yet), the numbered final carries the number the register gave and the issue date,
 * and a content that breaks a layout rule is refused before anything is stored.
 */
@NtmTest
class DocumentsFromContentTest {

    private static final AtomicInteger SERIES = new AtomicInteger();

    @Autowired
    Documents documents;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    DocumentFixtures fixtures;
    long ubnd;

    @BeforeEach
    void setUp() {
        fixtures = new DocumentFixtures(accounts, jdbc);
        ubnd = fixtures.kheTreBody("UBND_XA");
    }

    @Test
    void a_draft_is_the_checked_rendering_and_its_numbered_final_prints_the_register_number_and_the_date() {
        DocumentContent content = DocumentSamples.stateCongVan();
        String series = "C" + System.nanoTime() % 1_000_000 + "-" + SERIES.incrementAndGet();
        LocalDate today = LocalDate.now(VietnameseDates.ZONE);

        DocumentView draft = fixtures.as(LEADER, () -> documents.draft(ubnd, DocumentSamples.ubndXa(), content, null));
        assertThat(draft.state()).isEqualTo(DocumentState.DRAFT);
        assertThat(draft.kind()).isEqualTo("CONG_VAN");
        assertThat(draft.revisions())
                .singleElement()
                .satisfies(r -> assertThat(r.profileId()).isEqualTo("state-nd30-2020"));
        String draftText = pdfText(fixtures.as(
                LEADER, () -> documents.revisionFile(draft.id(), 1, true).content()));
        assertThat(draftText).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").doesNotContain("Số: 01/");

        DocumentView numbered = fixtures.as(
                LEADER,
                () -> documents.number(
                        draft.id(), draft.version(), today, DocumentSamples.ubndXa(), content, ubnd, series));
        assertThat(numbered.state()).isEqualTo(DocumentState.NUMBERED);
        assertThat(numbered.number()).isEqualTo(1);
        assertThat(numbered.display()).startsWith("Số: 01/").contains("UBND");
        assertThat(numbered.revisions())
                .hasSize(2)
                .last()
                .satisfies(r -> assertThat(r.finalRevision()).isTrue());
        String finalText = pdfText(fixtures.as(
                LEADER, () -> documents.revisionFile(numbered.id(), 2, true).content()));
        assertThat(finalText.replaceAll("\\s+", " "))
                .contains(numbered.display().substring("Số: ".length()))
                .contains("ngày %02d tháng %s năm %d"
                        .formatted(
                                today.getDayOfMonth(),
                                today.getMonthValue() <= 2
                                        ? "%02d".formatted(today.getMonthValue())
                                        : String.valueOf(today.getMonthValue()),
                                today.getYear()));
    }

    @Test
    void a_draft_from_content_alone_prints_the_body_issuer_and_numbers_in_its_year_series_from_the_kept_content() {
        DocumentContent content = DocumentSamples.stateCongVan();
        LocalDate today = LocalDate.now(VietnameseDates.ZONE);

        DocumentView draft = fixtures.as(LEADER, () -> documents.draft(ubnd, content, null));
        String draftText = pdfText(fixtures.as(
                LEADER, () -> documents.revisionFile(draft.id(), 1, true).content()));
        assertThat(draftText).contains("XÃ KHE TRE");

        DocumentView numbered = fixtures.as(LEADER, () -> documents.number(draft.id(), draft.version(), today));
        assertThat(numbered.state()).isEqualTo(DocumentState.NUMBERED);
        assertThat(numbered.display()).matches("Số: \\d{2,}/UBND.*");
        String finalText = pdfText(fixtures.as(
                LEADER, () -> documents.revisionFile(numbered.id(), 2, true).content()));
        assertThat(finalText.replaceAll("\\s+", " "))
                .contains(numbered.display().substring("Số: ".length()))
                .contains(content.title().substring(0, 20));
    }

    @Test
    void a_content_that_breaks_a_layout_rule_is_refused_with_the_rule_and_nothing_is_stored() {
        DocumentContent party = DocumentSamples.partyCongVan();
        DocumentContent kt = new DocumentContent(
                party.kind(),
                party.place(),
                party.date(),
                party.title(),
                party.titleSecondLine(),
                party.recipients(),
                party.legalBases(),
                party.body(),
                party.distribution(),
                SigningBlock.of(Authority.KT, "Bí thư", "Phó Bí thư", "Lê Thúy Lan"),
                party.draftingUnit(),
                party.draftYear());
        long dangUy = fixtures.kheTreBody("DANG_UY_XA");
        long before = documentsOf(dangUy);

        assertThatThrownBy(() -> fixtures.as(LEADER, () -> documents.draft(dangUy, DocumentSamples.dangUy(), kt, null)))
                .isInstanceOf(LayoutRuleBroken.class)
                .hasMessageContaining("Quyền hạn, chức vụ, họ tên người ký");
        assertThat(documentsOf(dangUy)).isEqualTo(before);
    }

    private long documentsOf(long bodyId) {
        return jdbc.sql("select count(*) from document where issuer_body_id = ?")
                .param(bodyId)
                .query(Long.class)
                .single();
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
