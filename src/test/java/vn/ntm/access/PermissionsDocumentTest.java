package vn.ntm.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * {@code docs/permissions.md} holds the table of permissions printed from the policy's rules, below a hand-written
 * introduction. When the rules change, this test fails once and rewrites the file: the developer commits it, so the
 * document cannot drift from what the software does.
 */
class PermissionsDocumentTest {

    static final Path DOCUMENT = Path.of("docs/permissions.md");
    static final String MARKER = "<!-- Below this line the file is written by PermissionsDocumentTest from "
            + "vn.ntm.scope.Action: change the rules, run the test, commit the file. -->";

    @Test
    void the_committed_table_of_permissions_is_the_one_the_policy_prints() throws IOException {
        String committed = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
        int at = committed.indexOf(MARKER);
        assertThat(at)
                .as("docs/permissions.md keeps its introduction above the marker")
                .isPositive();
        String expected = committed.substring(0, at) + MARKER + "\n\n" + generated();
        if (!expected.equals(committed)) {
            Files.writeString(DOCUMENT, expected, StandardCharsets.UTF_8);
            fail("docs/permissions.md differed from the policy's rules: it is rewritten now, commit it");
        }
    }

    @Test
    void the_table_names_every_role_and_says_what_a_province_officer_may_not_do() {
        String vi = new PermissionsTable(messages()).markdown(Locale.forLanguageTag("vi"));
        assertThat(vi)
                .contains("| Việc | Quản trị hệ thống | Cán bộ cấp tỉnh |")
                .contains("chỉ các tiêu chí do cơ quan mình phụ trách");
        String lock =
                vi.lines().filter(l -> l.contains("`LOCK_VALUES`")).findFirst().orElseThrow();
        assertThat(lock.split("\\|")[3].trim())
                .as("a province officer locks nothing")
                .isEqualTo("—");
    }

    static String generated() {
        PermissionsTable table = new PermissionsTable(messages());
        return "## Bảng phân quyền\n\n" + table.markdown(Locale.forLanguageTag("vi")) + "\n## Table of permissions\n\n"
                + table.markdown(Locale.ENGLISH);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages", "i18n/permissions");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
