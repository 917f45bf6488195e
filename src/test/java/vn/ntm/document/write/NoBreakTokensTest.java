package vn.ntm.document.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import vn.ntm.document.Authority;
import vn.ntm.document.Block.Paragraph;
import vn.ntm.document.DocumentContent;
import vn.ntm.document.DocumentKind;
import vn.ntm.document.RenderedDocument;
import vn.ntm.document.SigningBlock;
import vn.ntm.document.check.CheckedRenderer;
import vn.ntm.document.check.DocxReadBack;
import vn.ntm.document.check.PdfReadBack;
import vn.ntm.document.check.ReadLine;
import vn.ntm.document.layout.DocumentSamples;

/** No line breaks inside "12/12" or "04/KH-UBND", and the justified line before such a token still fills the line. */
class NoBreakTokensTest {

    @Test
    void the_breaker_gives_the_breaks_between_words_but_none_inside_a_number_with_a_slash() {
        NoBreakTokens breaker = new NoBreakTokens();
        String text = "có 12/12 xã, Kế hoạch số 454/KH-UBND ngày 6/4/2023./.";
        breaker.setText(text);
        List<Integer> breaks = new ArrayList<>();
        for (int at = breaker.next(); at != BreakIterator.DONE; at = breaker.next()) {
            breaks.add(at);
        }
        assertThat(breaks).contains(text.indexOf("12/12"), text.indexOf(" xã") + 1, text.length());
        assertThat(breaks).doesNotContain(text.indexOf("12/12") + 3, text.indexOf("KH-UBND"), text.indexOf("4/2023"));
    }

    @Test
    void seed_002s_line_before_12_12_reaches_the_right_margin_like_its_neighbours() throws Exception {
        DocumentContent content = DocumentContent.builder(DocumentKind.CONG_VAN)
                .draftYear(2024)
                .draftingUnit("NN")
                .title("tập trung thực hiện các nhiệm vụ xây dựng nông thôn mới")
                .recipients(List.of("Ủy ban nhân dân các xã"))
                // seed 002's own paragraph, where "12/12" comes right after a line end
                .add(Paragraph.of("Để tiếp tục nâng cao chất lượng, hiệu quả thực hiện Chương trình mục tiêu quốc gia"
                        + " xây dựng nông thôn mới trên địa bàn huyện trong thời gian tới, phấn đấu hoàn thành mục tiêu"
                        + " kế hoạch đã đề ra, cụ thể đến hết năm 2025 toàn huyện có 12/12 xã đạt chuẩn nông thôn mới"
                        + " (01 xã đạt chuẩn nông thôn mới nâng cao, huyện đạt chuẩn nông thôn mới, 20 số bản thuộc các"
                        + " xã đặc biệt khó khăn được công nhận đạt chuẩn nông thôn mới theo Bộ tiêu chí của tỉnh)."))
                .signature(SigningBlock.of(Authority.KT, "Chủ tịch", "Phó Chủ tịch", "Phong Vĩnh Cường"))
                .build();
        RenderedDocument r = new CheckedRenderer().render(content, DocumentSamples.ubndHuyen());
        try (PDDocument pdf = Loader.loadPDF(r.pdf())) {
            List<PdfReadBack.Line> lines = PdfReadBack.lines(pdf);
            int before = -1;
            for (int i = 0; i < lines.size() - 1; i++) {
                if (lines.get(i + 1).text().trimmed().startsWith("12/12")) {
                    before = i;
                }
            }
            assertThat(before).as("a line starts with 12/12").isPositive();
            // the right margin is 15 mm: text ends at 195 mm on every full justified line
            assertThat(lines.get(before).toMm()).isCloseTo(195.0, within(0.3));
            assertThat(lines.get(before - 1).toMm()).isCloseTo(195.0, within(0.3));
        }
    }

    @Test
    void the_docx_writes_the_hyphen_inside_a_cited_number_as_words_non_breaking_hyphen_and_reads_back_the_text()
            throws Exception {
        RenderedDocument r = new CheckedRenderer().render(DocumentSamples.stateKeHoach(), DocumentSamples.ubndXa(), 4);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(r.docx()))) {
            XWPFParagraph basis = doc.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("Căn cứ Kế hoạch số 275/KH"))
                    .findFirst()
                    .orElseThrow();
            assertThat(basis.getCTP().xmlText())
                    .contains("275/KH</w:t><w:noBreakHyphen/><w:t xml:space=\"preserve\">UBND");
            XWPFParagraph number =
                    doc.getTables().get(0).getRow(1).getCell(0).getParagraphs().get(0);
            assertThat(number.getCTP().xmlText()).doesNotContain("noBreakHyphen");
        }
        assertThat(new DocxReadBack().read(r.docx()).middle())
                .extracting(ReadLine::trimmed)
                .contains("Căn cứ Kế hoạch số 275/KH-UBND ngày 25/12/2023 của Ủy ban nhân dân huyện Nam Đông.");
    }
}
