package vn.ntm.document.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
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
