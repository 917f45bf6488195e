package vn.ntm.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.ntm.errors.BadInputException;

class Utf8TextTest {

    @Test
    void utf8_with_a_byte_order_mark_is_read_without_it() {
        byte[] bytes = ("\uFEFFma,ten\n20185,Xã Thượng Lộ").getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8Text.decode(bytes, "file")).startsWith("ma,ten").contains("Thượng Lộ");
    }

    @Test
    void windows_1258_text_is_refused_naming_the_encoding_and_the_line() {
        // Windows-1258 has ư, ơ, ô precomposed and writes tone marks as combining characters after the vowel
        String cp1258Form = "ma,ten\n20185,Xa\u0303 Th\u01B0\u01A1\u0323ng L\u00F4\u0323\n";
        byte[] bytes = cp1258Form.getBytes(Charset.forName("windows-1258"));
        assertThat(new String(bytes, Charset.forName("windows-1258"))).isEqualTo(cp1258Form);
        assertThatThrownBy(() -> Utf8Text.decode(bytes, "file"))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> {
                    BadInputException b = (BadInputException) e;
                    assertThat(b.messageKey()).isEqualTo("error.encoding.windows1258");
                    assertThat(b.args()).containsExactly(2);
                    assertThat(b.field()).isEqualTo("file");
                });
    }

    @Test
    void tcvn3_bytes_are_refused_as_a_legacy_encoding() {
        // "Th­îng Lé" in TCVN3 (ABC): ­ = 0xAD (ư), î = 0xEE (ượ), é = 0xE9 (ộ)
        byte[] bytes = {'m', 'a', '\n', 'T', 'h', (byte) 0xAD, (byte) 0xEE, 'n', 'g', ' ', 'L', (byte) 0xE9};
        assertThatThrownBy(() -> Utf8Text.decode(bytes, "file"))
                .isInstanceOf(BadInputException.class)
                .extracting(e -> ((BadInputException) e).messageKey())
                .isEqualTo("error.encoding.tcvn3");
    }
}
