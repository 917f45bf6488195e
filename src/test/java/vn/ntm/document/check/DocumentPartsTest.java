package vn.ntm.document.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import vn.ntm.document.DocumentContent;
import vn.ntm.document.LayoutFamily;
import vn.ntm.document.RenderedDocument;
import vn.ntm.document.layout.DocumentSamples;
import vn.ntm.document.layout.LaidOutDocument;
import vn.ntm.document.layout.LayoutProfiles;
import vn.ntm.document.layout.Layouter;
import vn.ntm.document.write.DocxWriter;
import vn.ntm.document.write.PdfWriter;
import vn.ntm.document.write.XhtmlWriter;

/**
 * The parts round two added: urgency and secrecy marks, a Quyết định's own parts, the drafter's code and the archive
 * copies, annexes on pages numbered apart; each written to both files, read back and checked, then broken one at a
 * time.
 */
class DocumentPartsTest {

    private final CheckedRenderer renderer = new CheckedRenderer();
    private final LaidOutDocument decision = new Layouter(LayoutProfiles.of(LayoutFamily.STATE))
            .layOut(DocumentSamples.stateQuyetDinh(), DocumentSamples.ubndXa(), 7);

    @Test
    void a_quyet_dinh_prints_its_marks_authority_decision_line_drafter_and_two_annexes_in_both_files()
            throws Exception {
        RenderedDocument r = renderer.render(DocumentSamples.stateQuyetDinh(), DocumentSamples.ubndXa(), 7);
        keep("state-quyet-dinh", r);
        for (ReadDocument read : List.of(
                new PdfReadBack(LayoutProfiles.of(LayoutFamily.STATE)).read(r.pdf()),
                new DocxReadBack().read(r.docx()))) {
            assertThat(read.numberCell())
                    .extracting(ReadLine::trimmed)
                    .containsExactly("Số: 07/QĐ-UBND", "MẬT", "THƯỢNG KHẨN");
            assertThat(read.numberCell().get(2)).matches(l -> l.bold() && l.sizePt() == 13);
            assertThat(read.rules())
                    .filteredOn(rule -> rule.textAbove().equals("THƯỢNG KHẨN"))
                    .singleElement()
                    .satisfies(rule -> assertThat(rule.ruleWidthMm()).isBetween(39.0, 41.0));
            assertThat(read.middle())
                    .extracting(ReadLine::trimmed)
                    .startsWith(
                            "QUYẾT ĐỊNH",
                            "Về việc thành lập Ban Chỉ đạo xây dựng nông thôn mới xã Thượng Lộ",
                            "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ THƯỢNG LỘ")
                    .contains("QUYẾT ĐỊNH:")
                    .anyMatch(l -> l.startsWith("Theo đề nghị của") && l.endsWith("xã."));
            assertThat(read.footerLeft()).extracting(ReadLine::trimmed).endsWith("- Lưu: VT, VP (02b).", "PL.(30)");
            assertThat(read.footerRight()).extracting(ReadLine::trimmed).containsExactly("CHỦ TỊCH", "Hồ Thị Hằng");
            assertThat(read.annexes())
                    .extracting(ReadLine::trimmed)
                    .startsWith("Phụ lục I", "THÀNH PHẦN BAN CHỈ ĐẠO")
                    .contains("Phụ lục II", "NHIỆM VỤ CỦA CÁC THÀNH VIÊN");
            assertThat(String.join(
                            " ", read.annexes().stream().map(ReadLine::trimmed).toList()))
                    .contains("(Kèm theo Quyết định số 07/QĐ-UBND ngày 05 tháng 01 năm 2024 của Ủy ban nhân dân xã"
                            + " Thượng Lộ)");
            assertThat(read.restartedSections()).isEqualTo(2);
        }
        // urgency marks are printed in bright red (DL §8a); the secrecy mark stays black
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(r.docx()))) {
            List<XWPFParagraph> cell =
                    doc.getTables().get(0).getRow(1).getCell(0).getParagraphs();
            assertThat(cell.stream().filter(p -> p.getText().equals("THƯỢNG KHẨN")))
                    .singleElement()
                    .satisfies(p -> {
                        assertThat(p.getRuns().get(0).getColor()).isEqualTo("FF0000");
                        // the frame is part of the red stamp
                        assertThat(colour(p.getCTP().getPPr().getPBdr().getTop()))
                                .isEqualTo("FF0000");
                        assertThat(colour(p.getCTP().getPPr().getPBdr().getLeft()))
                                .isEqualTo("FF0000");
                    });
            assertThat(cell.stream().filter(p -> p.getText().equals("MẬT")))
                    .singleElement()
                    .satisfies(p -> {
                        assertThat(p.getRuns().get(0).getColor()).isNull();
                        assertThat(colour(p.getCTP().getPPr().getPBdr().getTop()))
                                .isNull();
                    });
        }
        assertThat(r.xhtml()).contains("color: #FF0000;\">THƯỢNG KHẨN").contains("border-color: #FF0000;");
        try (PDDocument pdf = Loader.loadPDF(r.pdf())) {
            List<PdfReadBack.Line> lines = PdfReadBack.lines(pdf);
            int first = page(lines, "Phụ lục I");
            int second = page(lines, "Phụ lục II");
            assertThat(first)
                    .as("the first annex starts a page after the signature")
                    .isGreaterThan(page(lines, "Hồ Thị Hằng"));
            assertThat(second).isGreaterThan(first);
            // each annex numbers its pages from 1: its first page shows "1" (decision: DL says "numbered apart" only)
            assertThat(lines)
                    .filteredOn(l -> l.page() == second && l.baselineMm() < 20)
                    .extracting(l -> l.text().trimmed())
                    .containsExactly("1");
        }
    }

    @Test
    void a_party_quyet_dinh_closes_its_upright_can_cu_with_the_subject_sentence_instead_of_a_centred_line()
            throws Exception {
        RenderedDocument r = renderer.render(DocumentSamples.partyQuyetDinh(), DocumentSamples.dangUy(), 12);
        keep("party-quyet-dinh", r);
        for (ReadDocument read : List.of(
                new PdfReadBack(LayoutProfiles.of(LayoutFamily.PARTY)).read(r.pdf()),
                new DocxReadBack().read(r.docx()))) {
            List<String> middle = read.middle().stream().map(ReadLine::trimmed).toList();
            String sentence =
                    "BAN THƯỜNG VỤ " + String.join(" ", DocumentSamples.dangUy().lines()) + " quyết định:";
            assertThat(String.join(" ", middle))
                    .contains("- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;")
                    .contains("nhiệm kỳ 2025 - 2030, " + sentence + " Điều 1.");
            assertThat(middle).doesNotContain("QUYẾT ĐỊNH:");
            assertThat(read.middle())
                    .filteredOn(l -> l.trimmed().startsWith("- Căn cứ"))
                    .allMatch(l -> !l.italic());
        }
    }

    @Test
    void a_party_urgency_mark_is_printed_under_the_number_without_a_frame() throws Exception {
        DocumentContent content = DocumentSamples.partyCongVan();
        DocumentContent urgent = new DocumentContent(
                content.kind(),
                content.place(),
                content.date(),
                content.title(),
                content.titleSecondLine(),
                content.recipients(),
                content.legalBases(),
                content.body(),
                content.distribution(),
                content.signature(),
                content.draftingUnit(),
                content.draftYear(),
                DocumentContent.Urgency.HOA_TOC,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                null);
        RenderedDocument r = renderer.render(urgent, DocumentSamples.dangUy());
        keep("party-cong-van-hoa-toc", r);
        ReadDocument pdf = new PdfReadBack(LayoutProfiles.of(LayoutFamily.PARTY)).read(r.pdf());
        assertThat(pdf.numberCell().get(pdf.numberCell().size() - 1))
                .matches(l -> l.trimmed().equals("HỎA TỐC") && l.bold() && l.sizePt() == 14);
        assertThat(pdf.rules()).noneMatch(rule -> rule.textAbove().equals("HỎA TỐC"));
    }

    @Test
    void a_mark_not_in_bold_breaks_the_mark_rule() throws Exception {
        byte[] docx = corrupted(doc -> {
            for (XWPFParagraph p : doc.getTables().get(0).getRow(1).getCell(0).getParagraphs()) {
                if (p.getText().equals("THƯỢNG KHẨN")) {
                    p.getRuns().forEach(run -> run.setBold(false));
                }
            }
        });
        assertThat(new LayoutCheck(decision).check(new DocxReadBack().read(docx)))
                .extracting(Violation::vietnamese)
                .containsExactly("Dấu chỉ mức độ khẩn, mật: dấu “THƯỢNG KHẨN” phải in hoa, đậm, đúng cỡ chữ");
    }

    @Test
    void an_urgency_mark_without_its_frame_in_the_pdf_breaks_the_mark_rule() {
        String xhtml = new XhtmlWriter()
                .write(decision)
                .replace(".frame { border: 0.75pt solid black;", ".frame { border: none;");
        List<Violation> broken =
                new LayoutCheck(decision).check(new PdfReadBack(decision.profile()).read(new PdfWriter().write(xhtml)));
        assertThat(broken).extracting(Violation::rule).containsOnly(LayoutRule.DAU_HIEU_MAT_KHAN);
        assertThat(broken.get(broken.size() - 1).vietnamese())
                .startsWith("Dấu chỉ mức độ khẩn, mật: dấu “THƯỢNG KHẨN” phải nằm trong khung");
    }

    @Test
    void an_annex_that_goes_on_numbering_the_text_pages_breaks_the_page_number_rule() throws Exception {
        byte[] docx = corrupted(doc -> doc.getDocument().getBody().getSectPr().unsetPgNumType());
        assertThat(new LayoutCheck(decision).check(new DocxReadBack().read(docx)))
                .extracting(Violation::vietnamese)
                .containsExactly(
                        "Đánh số trang: mỗi phụ lục phải sang trang mới và đánh số trang riêng (2 phụ lục, thấy 1)");
    }

    @Test
    void a_missing_decision_line_fails_the_generation_naming_the_structure_rule() throws Exception {
        byte[] docx = corrupted(doc -> {
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (p.getText().equals("QUYẾT ĐỊNH:")) {
                    XWPFRun run = p.getRuns().get(0);
                    run.setText("QUYẾT ĐỊNH", 0);
                }
            }
        });
        assertThatThrownBy(() -> new LayoutCheck(decision).require(new DocxReadBack().read(docx), "docx"))
                .isInstanceOf(LayoutRuleBroken.class)
                .hasMessageContaining("Bố cục nội dung: thiếu dòng “QUYẾT ĐỊNH:” in hoa, đậm, giữa trang");
    }

    private static int page(List<PdfReadBack.Line> lines, String text) {
        return lines.stream()
                .filter(l -> l.text().trimmed().equals(text))
                .findFirst()
                .orElseThrow()
                .page();
    }

    private byte[] corrupted(Consumer<XWPFDocument> change) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(new DocxWriter().write(decision)))) {
            change.accept(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void keep(String name, RenderedDocument r) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/documents-pages"));
        Files.write(dir.resolve(name + ".docx"), r.docx());
        Files.write(dir.resolve(name + ".pdf"), r.pdf());
    }

    private static String colour(CTBorder edge) {
        // the colour is kept as hex bytes
        return !edge.isSetColor()
                ? null
                : edge.getColor() instanceof byte[] bytes
                        ? HexFormat.of().withUpperCase().formatHex(bytes)
                        : String.valueOf(edge.getColor());
    }
}
