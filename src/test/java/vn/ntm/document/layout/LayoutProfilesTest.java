package vn.ntm.document.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ntm.document.Authority;
import vn.ntm.document.LayoutFamily;
import vn.ntm.document.layout.TextMetrics.Face;

/** The bundled profiles against document-layout.md, and the bundled fonts pinned by hash (design §9). */
class LayoutProfilesTest {

    @Test
    void the_state_profile_holds_the_decree_values_each_with_its_source() {
        LayoutProfile state = LayoutProfiles.of(LayoutFamily.STATE);
        assertThat(state.page().marginLeftTwips()).isEqualTo(1701);
        assertThat(state.page().textWidthTwips()).isEqualTo(9355);
        assertThat(state.style("nationalTitle").size()).isEqualTo(12);
        assertThat(state.style("distributionLabel")).matches(s -> s.bold() && s.italic() && s.size() == 12);
        assertThat(state.style("distribution").size()).isEqualTo(11);
        assertThat(state.authorities())
                .containsExactlyInAnyOrder(Authority.TM, Authority.KT, Authority.Q, Authority.TL, Authority.TUQ);
        state.elements().forEach((name, style) -> {
            assertThat(style.source()).as(name).isNotBlank();
            assertThat(style.allows(style.size())).as(name).isTrue();
        });
    }

    @Test
    void the_party_profile_keeps_what_the_sources_leave_unconfirmed_marked_so() {
        LayoutProfile party = LayoutProfiles.of(LayoutFamily.PARTY);
        assertThat(party.text("partyTitle")).isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM");
        assertThat(party.text("nationalTitle")).isNull();
        assertThat(party.style("partyTitle").size()).isEqualTo(15);
        assertThat(party.style("distributionLabel")).matches(s -> s.underline() && !s.bold() && s.size() == 14);
        assertThat(party.style("position").bold()).isFalse();
        assertThat(party.text("archive")).isEqualTo("Lưu Văn phòng Đảng ủy");
        assertThat(party.authorities()).doesNotContain(Authority.KT, Authority.TM, Authority.TUQ);
        assertThat(party.unconfirmed()).anyMatch(u -> u.contains("HD 05")).anyMatch(u -> u.contains("./."));
    }

    @Test
    void one_line_header_elements_fit_their_cells_at_the_default_sizes() {
        LayoutProfile state = LayoutProfiles.of(LayoutFamily.STATE);
        int right =
                state.geometry().headerColumnsTwips()[1] - 2 * state.geometry().cellMarginTwips();
        assertThat(TextMetrics.widthTwips(state.text("nationalTitle"), true, false, 12))
                .isLessThan(right);
        // 13 pt would wrap: why the decree's example 12 pt is the default (design §2.1)
        assertThat(TextMetrics.widthTwips(state.text("nationalTitle"), true, false, 13))
                .isGreaterThan(right);
    }

    @Test
    void a_profile_whose_national_title_cannot_fit_its_cell_is_refused_in_vietnamese_naming_the_file(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("state-wide.yaml");
        Files.writeString(
                file,
                bundled("state-nd30-2020")
                        .replace(
                                "nationalTitle:   {size: 12, min: 12, max: 13",
                                "nationalTitle:   {size: 13, min: 12, max: 13"));
        assertThatThrownBy(() -> LayoutProfiles.read(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Thể thức “state-nd30-2020” (" + file + ") không dùng được:")
                .hasMessageContaining("“CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” cỡ 13 pt rộng 95.")
                .hasMessageContaining("không vừa một dòng trong ô 93.7 mm");
    }

    @Test
    void a_profile_with_a_margin_outside_its_own_range_is_refused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("state-narrow.yaml");
        Files.writeString(file, bundled("state-nd30-2020").replace("marginLeftTwips: 1701", "marginLeftTwips: 1134"));
        assertThatThrownBy(() -> LayoutProfiles.read(file))
                .hasMessageContaining("lề trái 20.0 mm nằm ngoài khoảng 30.0–35.0 mm");
    }

    @Test
    void an_installation_profile_replaces_the_bundled_one_of_its_family_only(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("party-tinh.yaml"),
                bundled("party-hd36-2018")
                        .replace("id: party-hd36-2018", "id: party-tinh-2026")
                        .replace("signatureGapLines: 4", "signatureGapLines: 6"));
        try {
            assertThat(LayoutProfiles.useReplacements(dir))
                    .extracting(LayoutProfile::id)
                    .containsExactly("party-tinh-2026");
            assertThat(LayoutProfiles.of(LayoutFamily.PARTY).geometry().signatureGapLines())
                    .isEqualTo(6);
            assertThat(LayoutProfiles.of(LayoutFamily.STATE).id()).isEqualTo("state-nd30-2020");
        } finally {
            LayoutProfiles.useBundled();
        }
        assertThat(LayoutProfiles.of(LayoutFamily.PARTY).id()).isEqualTo("party-hd36-2018");
    }

    private static String bundled(String id) throws Exception {
        try (InputStream in = LayoutProfilesTest.class.getResourceAsStream("/documents/layouts/" + id + ".yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void the_bundled_liberation_serif_faces_are_the_debian_2_1_5_files() throws Exception {
        assertThat(sha256(Face.REGULAR)).isEqualTo("29d12439831b7f59194efec85872f24f54eff05738933f9a860220d2abff88ba");
        assertThat(sha256(Face.BOLD)).isEqualTo("446a4421f297698427170fd7db20e59169a4188baaaf940e9bea58af6341a723");
        assertThat(sha256(Face.ITALIC)).isEqualTo("c1830c433ab41379f1139fac388989d37c9f08c81e1bd643efdcc7946db30753");
        assertThat(sha256(Face.BOLD_ITALIC))
                .isEqualTo("36dd6965be8915f6d7efb259757f1f7546a7c6f72c53a20bbe4ae7092f2cd558");
        assertThat(LayoutProfilesTest.class.getResource("/documents/fonts/OFL.txt"))
                .isNotNull();
    }

    private static String sha256(Face face) throws Exception {
        try (InputStream in = LayoutProfilesTest.class.getResourceAsStream(face.resource())) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        }
    }
}
