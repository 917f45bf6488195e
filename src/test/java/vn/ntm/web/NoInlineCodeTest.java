package vn.ntm.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The content security policy allows scripts and styles from the application's files only
 * ({@code script-src 'self'; style-src 'self'}), so a template with an inline script, style or event handler would
 * break in the browser without anyone seeing it in a test that does not render it. This reads every template as
 * it ships and names each offending line; the scanner is shown to catch each kind on a sample.
 */
class NoInlineCodeTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** What the policy refuses, as it appears in a template (plain or as a Thymeleaf attribute). */
    private static final List<Pattern> INLINE = List.of(
            Pattern.compile("\\s(th:)?style\\s*="),
            Pattern.compile("th:attr\\s*=\\s*\"[^\"]*\\bstyle\\s*="),
            Pattern.compile("<style\\b"),
            Pattern.compile("<script\\b(?![^>]*\\b(th:)?src\\s*=)(?![^>]*\\bth:replace\\s*=)[^>]*>"),
            Pattern.compile("\\s(th:)?on[a-z]+\\s*="),
            Pattern.compile("\\shx-on[:-]"),
            Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE));

    /** Thymeleaf's parser-level comments hold notes about these rules and never reach the page. */
    private static final Pattern COMMENT = Pattern.compile("<!--/\\*.*?\\*/-->", Pattern.DOTALL);

    static List<String> offences(String name, String template) {
        String rendered = COMMENT.matcher(template).replaceAll(m -> "\n".repeat(newlines(m.group())));
        List<String> found = new ArrayList<>();
        String[] lines = rendered.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (Pattern pattern : INLINE) {
                Matcher m = pattern.matcher(lines[i]);
                if (m.find()) {
                    found.add(name + ":" + (i + 1) + ": " + lines[i].trim());
                }
            }
        }
        return found;
    }

    private static int newlines(String text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }

    @Test
    void no_template_has_an_inline_script_style_or_event_handler() throws IOException {
        List<String> found = new ArrayList<>();
        int templates;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            List<Path> html =
                    files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
            templates = html.size();
            for (Path file : html) {
                found.addAll(offences(TEMPLATES.relativize(file).toString(), Files.readString(file)));
            }
        }
        assertThat(templates).as("templates read").isGreaterThan(40);
        assertThat(found).as("inline code the content security policy refuses").isEmpty();
    }

    @Test
    void the_scan_catches_each_kind_of_inline_code_and_lets_files_and_comments_be() {
        String sample = """
                <p style="color:red">a</p>
                <p th:style="'color:' + ${c}">b</p>
                <td th:attr="data-label=${x},style='width:2em'">c</td>
                <style>p { color: red }</style>
                <script>alert(1)</script>
                <button onclick="go()">d</button>
                <form th:onsubmit="'x()'">e</form>
                <button hx-on:click="go()">f</button>
                <a href="javascript:go()">g</a>
                <script defer th:src="@{/js/keep-place.js}"></script>
                <script src="/js/x.js"></script>
                <script th:replace="~{exchange/progress :: script}"></script>
                <!--/* no <style> here: a note */-->
                <p class="muted" data-onwards="x">h</p>
                """;
        assertThat(offences("sample.html", sample))
                .hasSize(9)
                .allSatisfy(o -> assertThat(o).startsWith("sample.html:"))
                .anySatisfy(o -> assertThat(o).startsWith("sample.html:1: "))
                .anySatisfy(o -> assertThat(o).startsWith("sample.html:9: "))
                .noneSatisfy(o -> assertThat(o).containsAnyOf("keep-place", "x.js", "progress", "a note", "onwards"));
    }
}
