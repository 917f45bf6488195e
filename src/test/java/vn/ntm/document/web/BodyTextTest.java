package vn.ntm.document.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ntm.document.Block;
import vn.ntm.document.Block.BulletList;
import vn.ntm.document.Block.Heading;
import vn.ntm.document.Block.Paragraph;

/** The body typed as lines becomes headings, lists and paragraphs, as the markers at the start of each line say. */
class BodyTextTest {

    @Test
    void roman_arabic_and_letter_markers_start_headings_of_levels_one_two_and_three() {
        List<Block> blocks = BodyText.parse("I. MỤC TIÊU\n1. Mục tiêu chung\na) Về hạ tầng\nđ) Về môi trường");

        assertThat(blocks)
                .containsExactly(
                        new Heading(1, "I.", "MỤC TIÊU"),
                        new Heading(2, "1.", "Mục tiêu chung"),
                        new Heading(3, "a)", "Về hạ tầng"),
                        new Heading(3, "đ)", "Về môi trường"));
    }

    @Test
    void dash_and_plus_lines_make_one_list_per_run_of_the_same_marker() {
        List<Block> blocks = BodyText.parse("- Thứ nhất;\n-Thứ hai;\n+ Ý nhỏ\n- Thứ ba.");

        assertThat(blocks)
                .containsExactly(
                        BulletList.of("-", "Thứ nhất;", "Thứ hai;"),
                        BulletList.of("+", "Ý nhỏ"),
                        BulletList.of("-", "Thứ ba."));
    }

    @Test
    void other_lines_are_paragraphs_and_empty_lines_only_separate() {
        List<Block> blocks = BodyText.parse("Để triển khai.\r\n\r\n  - Một việc\n\nThực hiện nghiêm túc./.");

        assertThat(blocks)
                .containsExactly(
                        Paragraph.of("Để triển khai."),
                        BulletList.of("-", "Một việc"),
                        Paragraph.of("Thực hiện nghiêm túc./."));
    }

    @Test
    void a_number_or_letter_without_a_space_after_its_marker_is_ordinary_text() {
        List<Block> blocks =
                BodyText.parse("1.000 hộ dân đã tham gia.\nf) không phải điểm (không có chữ f)\nIV.Liền chữ");

        assertThat(blocks)
                .containsExactly(
                        Paragraph.of("1.000 hộ dân đã tham gia."),
                        Paragraph.of("f) không phải điểm (không có chữ f)"),
                        Paragraph.of("IV.Liền chữ"));
    }

    @Test
    void nothing_typed_is_no_block_and_lists_of_lines_drop_the_empty_ones() {
        assertThat(BodyText.parse("  \n ")).isEmpty();
        assertThat(BodyText.parse(null)).isEmpty();
        assertThat(BodyText.nonEmptyLines("Các cơ quan, đơn vị huyện;\n\n  Ủy ban nhân dân các xã. "))
                .containsExactly("Các cơ quan, đơn vị huyện;", "Ủy ban nhân dân các xã.");
    }
}
