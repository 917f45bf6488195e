package vn.ntm.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class SearchKeyTest {

    @Test
    void names_with_and_without_diacritics_in_nfc_or_nfd_give_the_same_key() {
        String nfc = Normalizer.normalize("Xã Thượng Lộ", Normalizer.Form.NFC);
        String nfd = Normalizer.normalize("Xã Thượng Lộ", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(nfc);
        assertThat(SearchKey.of(nfc)).isEqualTo("xa thuong lo");
        assertThat(SearchKey.of(nfd)).isEqualTo("xa thuong lo");
        assertThat(SearchKey.of("  XA   THUONG LO ")).isEqualTo("xa thuong lo");
        assertThat(SearchKey.of("Đắk Lắk")).isEqualTo("dak lak");
    }

    @Test
    void tone_marks_placed_the_old_or_the_new_way_match() {
        assertThat(SearchKey.of("Thanh Hóa")).isEqualTo(SearchKey.of("Thanh Hoá"));
        assertThat(SearchKey.of("Kiến Thụy")).isEqualTo(SearchKey.of("Kiến Thuỵ"));
        assertThat(SearchKey.of("Xã Ea H\u2019Leo")).isEqualTo(SearchKey.of("Xã Ea H'leo"));
    }
}
