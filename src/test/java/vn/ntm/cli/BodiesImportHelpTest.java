package vn.ntm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code ./ntm bodies import --help} names the optional seventh column, in both languages. */
class BodiesImportHelpTest {

    @Test
    void the_help_names_the_optional_position_code_column_in_vietnamese_and_english() {
        CommandLineUsageTest.Run help = CommandLineUsageTest.run("bodies", "import", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out())
                .contains(
                        "ma_don_vi,loai_co_quan,ten,ho_ten,chuc_vu,email,ma_chuc_vu",
                        "cột ma_chuc_vu là tùy chọn",
                        "unit_code,body_type,name,person_name,title,email,position_code",
                        "the ma_chuc_vu column is optional");
    }
}
