package vn.ntm.document.issuer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.ntm.document.LayoutFamily;

/** Names split for the header cell as the layout measures it: before the unit's words, then balanced lines. */
class HeaderCellTest {

    private final HeaderCell state = HeaderCell.of(LayoutFamily.STATE);
    private final HeaderCell party = HeaderCell.of(LayoutFamily.PARTY);

    @Test
    void a_name_that_fits_stays_on_one_line() {
        assertThat(party.issuerLines("ĐẢNG ỦY XÃ KHE TRE")).containsExactly("ĐẢNG ỦY XÃ KHE TRE");
        assertThat(state.fitsIssuerLine("ỦY BAN NHÂN DÂN")).isTrue();
    }

    @Test
    void a_long_name_is_split_before_its_unit_and_its_words_broken_where_the_widest_line_is_narrowest() {
        assertThat(state.fitsIssuerLine("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH")).isFalse();
        assertThat(state.issuerLines("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH THÀNH PHỐ HUẾ"))
                .as("three lines at most: the words are broken where both fit")
                .containsExactly("SỞ VĂN HÓA, THỂ", "THAO VÀ DU LỊCH", "THÀNH PHỐ HUẾ");
        assertThat(state.issuerLines("PHÒNG NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN HUYỆN NAM ĐÔNG"))
                .as("broken next to VÀ rather than inside PHÁT TRIỂN")
                .containsExactly("PHÒNG NÔNG NGHIỆP VÀ", "PHÁT TRIỂN NÔNG THÔN", "HUYỆN NAM ĐÔNG");
        assertThat(state.issuerLines("PHÒNG KINH TẾ XÃ KHE TRE")).containsExactly("PHÒNG KINH TẾ XÃ KHE TRE");
    }

    @Test
    void the_superior_line_is_measured_in_its_own_regular_face() {
        assertThat(party.fitsSuperiorLine("ĐẢNG BỘ THÀNH PHỐ HUẾ")).isTrue();
        assertThat(state.fitsSuperiorLine("ỦY BAN NHÂN DÂN XÃ KHE TRE VÀ CÁC XÃ LÂN CẬN"))
                .isFalse();
    }
}
