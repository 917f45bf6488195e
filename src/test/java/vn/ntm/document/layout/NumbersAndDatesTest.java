package vn.ntm.document.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ntm.document.DocumentKind;
import vn.ntm.document.DocumentNumber;
import vn.ntm.document.Issuer;
import vn.ntm.document.LayoutFamily;

/** Number and symbol in both families, and the date line (document-layout.md §4, §5). */
class NumbersAndDatesTest {

    @Test
    void state_numbers_have_a_colon_a_slash_a_leading_zero_and_no_type_for_a_cong_van() {
        assertThat(DocumentNumber.of(DocumentKind.KE_HOACH, DocumentSamples.ubndXa(), 4, null)
                        .display())
                .isEqualTo("Số: 04/KH-UBND");
        assertThat(DocumentNumber.of(DocumentKind.CONG_VAN, DocumentSamples.ubndXa(), 12, "VX")
                        .display())
                .isEqualTo("Số: 12/UBND-VX");
        assertThat(DocumentNumber.of(DocumentKind.QUY_DINH, DocumentSamples.ubndXa(), 123, null)
                        .display())
                .isEqualTo("Số: 123/QyĐ-UBND");
        assertThat(DocumentNumber.of(DocumentKind.CONG_VAN, DocumentSamples.ubndHuyen(), null, "NN")
                        .display())
                .isEqualTo("Số:      /UBND-NN");
    }

    @Test
    void party_numbers_have_no_colon_a_hyphen_after_the_number_and_cv_for_a_cong_van() {
        assertThat(DocumentNumber.of(DocumentKind.KE_HOACH, DocumentSamples.dangUy(), 66, null)
                        .display())
                .isEqualTo("Số 66-KH/ĐU");
        assertThat(DocumentNumber.of(DocumentKind.CONG_VAN, DocumentSamples.dangUy(), 5, null)
                        .display())
                .isEqualTo("Số 05-CV/ĐU");
        assertThat(DocumentNumber.of(DocumentKind.CONG_VAN, DocumentSamples.dangUy(), null, null)
                        .display())
                .isEqualTo("Số    -CV/ĐU");
    }

    @Test
    void every_number_from_1_to_1000_reads_back_as_it_was_printed_in_both_families() {
        for (int n = 1; n <= 1000; n++) {
            for (DocumentNumber printed : new DocumentNumber[] {
                DocumentNumber.of(DocumentKind.KE_HOACH, DocumentSamples.ubndXa(), n, null),
                DocumentNumber.of(DocumentKind.CONG_VAN, DocumentSamples.ubndXa(), n, "VP"),
                DocumentNumber.of(DocumentKind.NGHI_QUYET, DocumentSamples.dangUy(), n, null)
            }) {
                assertThat(DocumentNumber.parse(printed.display())).contains(printed);
            }
        }
    }

    @Test
    void cited_numbers_are_parsed_in_their_family() {
        assertThat(DocumentNumber.parse("Kế hoạch số 454/KH-UBND ngày 6/4/2023").orElseThrow())
                .isEqualTo(new DocumentNumber(LayoutFamily.STATE, 454, "KH", "UBND", null));
        assertThat(DocumentNumber.parse("Công văn số 4316/UBND-KTN ngày 25/10/2024")
                        .orElseThrow())
                .isEqualTo(new DocumentNumber(LayoutFamily.STATE, 4316, null, "UBND", "KTN"));
        assertThat(DocumentNumber.parse("Nghị quyết số 08-NQ/ĐU ngày 07/4/2026").orElseThrow())
                .isEqualTo(new DocumentNumber(LayoutFamily.PARTY, 8, "NQ", "ĐU", null));
        assertThat(DocumentNumber.parse("không có số")).isEmpty();
    }

    @Test
    void the_date_line_pads_days_below_10_and_months_1_and_2_only() {
        // written out, not computed: the test must not repeat the code's own formula
        Map.of(
                        LocalDate.of(2026, 1, 5), "Thượng Lộ, ngày 05 tháng 01 năm 2026",
                        LocalDate.of(2026, 1, 10), "Thượng Lộ, ngày 10 tháng 01 năm 2026",
                        LocalDate.of(2024, 2, 29), "Thượng Lộ, ngày 29 tháng 02 năm 2024",
                        LocalDate.of(2024, 3, 10), "Thượng Lộ, ngày 10 tháng 3 năm 2024",
                        LocalDate.of(2024, 10, 31), "Thượng Lộ, ngày 31 tháng 10 năm 2024",
                        LocalDate.of(2026, 12, 1), "Thượng Lộ, ngày 01 tháng 12 năm 2026")
                .forEach((d, line) -> assertThat(DateLine.of("Thượng Lộ", d, d.getYear()))
                        .as(d.toString())
                        .isEqualTo(line));
        assertThat(DateLine.of("Thượng Lộ", LocalDate.of(2024, 3, 9), 2024))
                .isEqualTo("Thượng Lộ, ngày 09 tháng 3 năm 2024");
        assertThat(DateLine.of("Như Thanh", null, 2026)).isEqualTo("Như Thanh, ngày     tháng     năm 2026");
    }

    @Test
    void an_issuer_is_cited_in_lower_case_with_the_unit_name_capitalised_unless_it_names_itself() {
        assertThat(DocumentSamples.ubndHuyen().citedName()).isEqualTo("Ủy ban nhân dân huyện Tam Đường");
        assertThat(DocumentSamples.dangUy().citedName()).isEqualTo("Đảng ủy xã Như Thanh");
        assertThat(new Issuer(
                                LayoutFamily.STATE,
                                null,
                                List.of("ỦY BAN NHÂN DÂN", "THỊ TRẤN NAM PHƯỚC"),
                                "UBND",
                                "Nam" + " Phước")
                        .citedName())
                .isEqualTo("Ủy ban nhân dân thị trấn Nam Phước");
        assertThat(new Issuer(LayoutFamily.STATE, null, List.of("ỦY BAN NHÂN DÂN", "XÃ A"), "UBND", "A", "UBND xã A")
                        .citedName())
                .isEqualTo("UBND xã A");
    }
}
