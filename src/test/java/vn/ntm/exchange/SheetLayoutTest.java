package vn.ntm.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ntm.text.SearchKey;

/** A "not evaluated" cell is told from a value by its words' search key, whatever comes before them. */
class SheetLayoutTest {

    @Test
    void not_evaluated_words_are_found_as_their_search_key_finds_them_and_values_are_not_taken_for_them() {
        assertThat(SheetLayout.notEvaluatedReason("Không đánh giá: xã không có chợ"))
                .contains("xã không có chợ");
        assertThat(SheetLayout.notEvaluatedReason("\u0001không đánh giá: lý do"))
                .contains("lý do");
        assertThat(SheetLayout.notEvaluatedReason("20,5")).isEmpty();
        List<String> texts = List.of(
                "Không đánh giá: xã không có chợ",
                "  KHONG DANH GIA",
                "\u0001không đánh giá: lý do",
                "\u2003Not evaluated: none",
                "N\u0303ot evaluated",
                "\u0301not evaluated: x",
                "đánh giá",
                "20,5",
                "-3",
                "Đạt",
                "Không đạt",
                "khong",
                "",
                "   ");
        for (String text : texts) {
            assertThat(SheetLayout.notEvaluatedReason(text)).as(text).isEqualTo(byTheKey(text));
        }
        assertThat(SheetLayout.column(0)).isEqualTo("A");
        assertThat(SheetLayout.column(701)).isEqualTo("ZZ");
        assertThat(SheetLayout.column(702)).isEqualTo("AAA");
    }

    /** The rule as written before the shortcut: the search key of every cell. */
    private static Optional<String> byTheKey(String text) {
        String key = SearchKey.of(text);
        if (!key.startsWith("khong danh gia") && !key.startsWith("not evaluated")) {
            return Optional.empty();
        }
        int colon = text.indexOf(':');
        return Optional.of(colon < 0 ? "" : text.substring(colon + 1).trim());
    }
}
