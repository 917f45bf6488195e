package vn.ntm.document.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import vn.ntm.document.Authority;
import vn.ntm.document.DocumentContent;
import vn.ntm.document.LayoutFamily;
import vn.ntm.document.SigningBlock;
import vn.ntm.document.layout.DocumentSamples;
import vn.ntm.document.layout.LaidOutDocument;
import vn.ntm.document.layout.LayoutProfiles;
import vn.ntm.document.layout.Layouter;
import vn.ntm.document.write.DocxWriter;
import vn.ntm.document.write.PdfWriter;
import vn.ntm.document.write.XhtmlWriter;

/** One thing broken at a time in a written file: the read-back names that rule, in Vietnamese. */
class BrokenRulesTest {

    private final LaidOutDocument keHoach = new Layouter(LayoutProfiles.of(LayoutFamily.STATE))
            .layOut(DocumentSamples.stateKeHoach(), DocumentSamples.ubndXa(), 4);

    @Test
    void the_untouched_file_passes() {
        assertThat(new LayoutCheck(keHoach).check(new DocxReadBack().read(new DocxWriter().write(keHoach))))
                .isEmpty();
    }

    @Test
    void an_arial_run_breaks_the_font_rule() {
        assertBroken(
                corrupted(doc -> paragraphs(doc).get(5).getRuns().get(0).setFontFamily("Arial")),
                LayoutRule.PHONG_CHU,
                "Phông chữ: phông “Arial”");
    }

    @Test
    void a_number_without_its_leading_zero_breaks_the_number_rule() {
        assertBroken(
                corrupted(doc -> replace(doc, "Số: 04/KH-UBND", "Số: 4/KH-UBND")),
                LayoutRule.SO_KY_HIEU,
                "Số, ký hiệu của văn bản: “Số: 4/KH-UBND” sai định dạng");
    }

    @Test
    void a_distribution_without_its_archive_line_breaks_the_noi_nhan_rule() {
        assertBroken(
                corrupted(doc -> replace(doc, "- Lưu: VT.", "- Các thôn.")),
                LayoutRule.NOI_NHAN,
                "Nơi nhận: dòng cuối phải là “- Lưu: VT…”");
    }

    @Test
    void a_count_typed_over_the_items_it_lists_breaks_the_consistency_rule() {
        assertBroken(
                corrupted(doc -> replace(doc, "Đến nay xã đã đạt 4/19 tiêu chí:", "Đến nay xã đã đạt 5/19 tiêu chí:")),
                LayoutRule.SO_LIEU_NHAT_QUAN,
                "Số liệu nhất quán: ghi “5/19” nhưng liệt kê 4 mục");
    }

    @Test
    void a_page_number_on_page_one_breaks_the_page_number_rule() {
        assertBroken(
                corrupted(doc -> doc.getHeaderFooterPolicy()
                        .getFirstPageHeader()
                        .getParagraphs()
                        .get(0)
                        .getCTP()
                        .addNewFldSimple()
                        .setInstr("PAGE")),
                LayoutRule.DANH_SO_TRANG,
                "Đánh số trang: trang đầu không được đánh số");
    }

    @Test
    void a_date_with_month_one_unpadded_breaks_the_date_rule() {
        assertBroken(
                corrupted(doc ->
                        replace(doc, "Thượng Lộ, ngày 05 tháng 01 năm 2024", "Thượng Lộ, ngày 05 tháng 1 năm 2024")),
                LayoutRule.DIA_DANH_NGAY_THANG,
                "Địa danh và thời gian ban hành: “Thượng Lộ, ngày 05 tháng 1");
    }

    @Test
    void a_pdf_without_the_rule_under_the_motto_breaks_the_national_title_rule() {
        String xhtml = new XhtmlWriter().write(keHoach).replace("class=\"rule\"", "class=\"norule\"");
        List<Violation> broken =
                new LayoutCheck(keHoach).check(new PdfReadBack(keHoach.profile()).read(new PdfWriter().write(xhtml)));
        assertThat(broken).extracting(Violation::rule).contains(LayoutRule.QUOC_HIEU_TIEU_NGU);
        assertThat(broken.stream()
                        .filter(v -> v.rule() == LayoutRule.QUOC_HIEU_TIEU_NGU)
                        .findFirst()
                        .orElseThrow()
                        .vietnamese())
                .startsWith("Quốc hiệu và Tiêu ngữ: đường kẻ dưới Tiêu ngữ");
    }

    @Test
    void a_state_prefix_in_a_party_document_fails_the_generation_with_the_signing_rule() {
        DocumentContent content = DocumentSamples.partyCongVan();
        DocumentContent kt = new DocumentContent(
                content.kind(),
                content.place(),
                content.date(),
                content.title(),
                content.titleSecondLine(),
                content.recipients(),
                content.legalBases(),
                content.body(),
                content.distribution(),
                SigningBlock.of(Authority.KT, "Bí thư", "Phó Bí thư", "Lê Thúy Lan"),
                content.draftingUnit(),
                content.draftYear());
        assertThatThrownBy(() -> new CheckedRenderer().render(kt, DocumentSamples.dangUy()))
                .isInstanceOf(LayoutRuleBroken.class)
                .hasMessageContaining("Quyền hạn, chức vụ, họ tên người ký: “KT.” không dùng trong thể thức này")
                .satisfies(e -> assertThat(((LayoutRuleBroken) e).violations())
                        .extracting(Violation::rule)
                        .containsExactly(LayoutRule.THAM_QUYEN_KY));
    }

    private void assertBroken(byte[] docx, LayoutRule rule, String message) {
        List<Violation> broken = new LayoutCheck(keHoach).check(new DocxReadBack().read(docx));
        // changed text also fails CHU_TIENG_VIET (it no longer reads back as laid out); the rule asked for is named
        assertThat(broken).extracting(Violation::rule).contains(rule).isSubsetOf(rule, LayoutRule.CHU_TIENG_VIET);
        assertThat(broken.stream()
                        .filter(v -> v.rule() == rule)
                        .findFirst()
                        .orElseThrow()
                        .vietnamese())
                .startsWith(message);
        assertThatThrownBy(() -> new LayoutCheck(keHoach).require(new DocxReadBack().read(docx), "docx"))
                .isInstanceOf(LayoutRuleBroken.class)
                .hasMessageContaining(rule.vietnameseName());
    }

    private byte[] corrupted(Consumer<XWPFDocument> change) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(new DocxWriter().write(keHoach)))) {
            change.accept(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void replace(XWPFDocument doc, String from, String to) {
        for (XWPFParagraph p : paragraphs(doc)) {
            for (XWPFRun r : p.getRuns()) {
                if (from.equals(r.text())) {
                    r.setText(to, 0);
                    return;
                }
            }
        }
        throw new IllegalStateException("no run " + from);
    }

    private static List<XWPFParagraph> paragraphs(XWPFDocument doc) {
        List<XWPFParagraph> all = new ArrayList<>(doc.getParagraphs());
        for (XWPFTable t : doc.getTables()) {
            for (XWPFTableRow row : t.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    all.addAll(cell.getParagraphs());
                }
            }
        }
        return all;
    }
}
