package vn.ntm.document.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import vn.ntm.document.DocumentContent;
import vn.ntm.document.Issuer;
import vn.ntm.document.LayoutFamily;
import vn.ntm.document.RenderedDocument;
import vn.ntm.document.layout.DocumentSamples;
import vn.ntm.document.layout.LayoutProfiles;

/** Sample state and Party documents rendered to .docx and PDF: both read back clean, then asserted directly. */
class RenderedDocumentsTest {

    private final CheckedRenderer renderer = new CheckedRenderer();

    @Test
    void a_state_ke_hoach_a_state_cong_van_and_a_party_cong_van_pass_every_rule_in_both_files() throws Exception {
        assertRenders(DocumentSamples.stateKeHoach(), DocumentSamples.ubndXa(), 4, "state-ke-hoach");
        assertRenders(DocumentSamples.stateCongVan(), DocumentSamples.ubndHuyen(), null, "state-cong-van");
        assertRenders(DocumentSamples.partyCongVan(), DocumentSamples.dangUy(), null, "party-cong-van");
        assertRenders(DocumentSamples.partyKeHoach(), DocumentSamples.dangUy(), 66, "party-ke-hoach");
    }

    @Test
    void a_party_ke_hoach_prints_its_number_without_a_colon_its_title_lines_the_hyphens_and_nfc_text()
            throws Exception {
        RenderedDocument r = renderer.render(DocumentSamples.partyKeHoach(), DocumentSamples.dangUy(), 66);
        ReadDocument pdf = new PdfReadBack(LayoutProfiles.of(LayoutFamily.PARTY)).read(r.pdf());
        assertThat(pdf.numberCell().get(0).trimmed()).isEqualTo("Số 66-KH/ĐU");
        assertThat(pdf.dateCell().get(0).trimmed()).isEqualTo("Như Thanh, ngày 30 tháng 3 năm 2026");
        assertThat(pdf.middle())
                .extracting(ReadLine::trimmed)
                .startsWith(
                        "KẾ HOẠCH",
                        "CỦA BAN THƯỜNG VỤ ĐẢNG ỦY",
                        "thực hiện Chương trình xây dựng nông thôn mới năm 2026",
                        "-----");
        assertThat(pdf.middle().get(0).sizePt()).isEqualTo(16.0);
        assertThat(pdf.middle().get(3).bold()).isFalse();
        ReadDocument docx = new DocxReadBack().read(r.docx());
        assertThat(docx.footerLeft().get(0)).matches(l -> l.underline() && !l.bold() && l.sizePt() == 14);
        assertThat(docx.footerRight())
                .extracting(ReadLine::trimmed)
                .containsExactly("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn An");
        assertThat(docx.footerRight().get(1).bold())
                .as("Party chức vụ not bold (DL §6)")
                .isFalse();
    }

    @Test
    void the_docx_has_a4_the_profile_margins_times_new_roman_in_every_run_and_no_number_on_page_one() throws Exception {
        RenderedDocument r = renderer.render(DocumentSamples.stateKeHoach(), DocumentSamples.ubndXa(), 4);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(r.docx()))) {
            CTPageMar m = doc.getDocument().getBody().getSectPr().getPgMar();
            assertThat(new long[] {twips(m.getTop()), twips(m.getBottom()), twips(m.getLeft()), twips(m.getRight())})
                    .containsExactly(1134, 1134, 1701, 850);
            assertThat(doc.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
            assertThat(doc.getHeaderFooterPolicy().getFirstPageHeader().getText())
                    .isBlank();
            assertThat(doc.getHeaderFooterPolicy()
                            .getDefaultHeader()
                            .getParagraphs()
                            .get(0)
                            .getCTP()
                            .xmlText())
                    .contains("PAGE");
            for (XWPFParagraph p : doc.getParagraphs()) {
                for (XWPFRun run : p.getRuns()) {
                    assertThat(run.getFontFamily()).isEqualTo("Times New Roman");
                }
            }
            XWPFParagraph number =
                    doc.getTables().get(0).getRow(1).getCell(0).getParagraphs().get(0);
            assertThat(number.getText()).isEqualTo("Số: 04/KH-UBND");
            assertThat(number.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(13.0);
        }
    }

    @Test
    void the_pdf_is_version_1_4_or_later_with_only_embedded_liberation_serif_and_reads_back_in_vietnamese()
            throws Exception {
        RenderedDocument r = renderer.render(DocumentSamples.partyCongVan(), DocumentSamples.dangUy());
        try (PDDocument pdf = Loader.loadPDF(r.pdf())) {
            assertThat(pdf.getVersion()).isGreaterThanOrEqualTo(1.4f);
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("LiberationSerif");
                }
            }
            String text = String.join(
                    "\n",
                    PdfReadBack.lines(pdf).stream().map(l -> l.text().text()).toList());
            assertThat(text)
                    .contains(
                            "ĐẢNG CỘNG SẢN VIỆT NAM",
                            "ĐẢNG ỦY XÃ NHƯ THANH",
                            "Lê Thúy Lan",
                            "T/M BAN THƯỜNG VỤ",
                            "- Lưu Văn phòng Đảng ủy.");
        }
    }

    private void assertRenders(DocumentContent content, Issuer issuer, Integer number, String name) throws Exception {
        assertThatCode(() -> {
                    RenderedDocument r = number == null
                            ? renderer.render(content, issuer)
                            : renderer.render(content, issuer, number);
                    Path dir = Files.createDirectories(Path.of("target/documents-pages"));
                    Files.write(dir.resolve(name + ".docx"), r.docx());
                    Files.write(dir.resolve(name + ".pdf"), r.pdf());
                    Files.writeString(dir.resolve(name + ".xhtml"), r.xhtml());
                })
                .as(name)
                .doesNotThrowAnyException();
    }

    private static long twips(Object value) {
        return new BigInteger(value.toString()).longValue();
    }
}
