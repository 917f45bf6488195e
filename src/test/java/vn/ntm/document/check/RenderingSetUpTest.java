package vn.ntm.document.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;
import vn.ntm.document.LayoutFamily;
import vn.ntm.document.layout.LayoutProfiles;

/** The start-up set-up reads the installation's profiles from its data directory and refuses one that cannot fit. */
class RenderingSetUpTest {

    @AfterEach
    void bundledProfilesAgain() {
        // the replacement is process-wide: put the bundled profiles back for the other tests of this JVM
        LayoutProfiles.useBundled();
    }

    @Test
    void a_state_profile_in_the_data_directory_replaces_the_bundled_one(@TempDir Path data) throws Exception {
        Path layouts = Files.createDirectories(data.resolve("documents/layouts"));
        Files.writeString(
                layouts.resolve("state-tinh.yaml"),
                bundled("state-nd30-2020")
                        .replace("id: state-nd30-2020", "id: state-tinh-2026")
                        .replace("signatureGapLines: 4", "signatureGapLines: 5"));
        new RenderingSetUp(
                new RenderingProperties(false, null),
                new MockEnvironment().withProperty("ntm.data-dir", data.toString()));
        assertThat(LayoutProfiles.of(LayoutFamily.STATE).id()).isEqualTo("state-tinh-2026");
        assertThat(LayoutProfiles.of(LayoutFamily.STATE).geometry().signatureGapLines())
                .isEqualTo(5);
    }

    @Test
    void a_profile_that_cannot_fit_stops_the_start_with_the_reason(@TempDir Path layouts) throws Exception {
        Files.writeString(
                layouts.resolve("party.yaml"),
                bundled("party-hd36-2018")
                        .replace("headerColumnsTwips: [4309, 5046]", "headerColumnsTwips: [4309, 6046]"));
        assertThatThrownBy(() -> new RenderingSetUp(new RenderingProperties(false, layouts), new MockEnvironment()))
                .hasMessageContaining("không dùng được: bảng đầu trang rộng 182.7 mm, quá vùng chữ 165.0 mm");
        assertThat(LayoutProfiles.of(LayoutFamily.PARTY).id()).isEqualTo("party-hd36-2018");
    }

    private static String bundled(String id) throws Exception {
        try (InputStream in = RenderingSetUpTest.class.getResourceAsStream("/documents/layouts/" + id + ".yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
