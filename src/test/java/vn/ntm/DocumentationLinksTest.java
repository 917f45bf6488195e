package vn.ntm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link of README.md and docs/ (files and #anchors) leads somewhere: the reference moved out of the
 * README into docs/, and a renamed heading or file must not leave a reader at a dead end. Anchors are computed as
 * GitHub computes them (lower case; letters, digits, spaces, hyphens and underscores kept; spaces become hyphens;
 * a repeated heading gets -1, -2...).
 */
class DocumentationLinksTest {

    private static final Pattern LINK = Pattern.compile("(?<!!)\\[([^\\]]*)]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s+(?:id|name)=\"([^\"]+)\"");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`]*`");

    record Broken(Path file, int line, String target, String why) {
        @Override
        public String toString() {
            return file + ":" + line + ": (" + target + ") " + why;
        }
    }

    @Test
    void every_relative_link_of_the_readme_and_the_docs_resolves_to_a_file_and_heading() throws IOException {
        List<Path> documents = documents();
        assertThat(documents)
                .as("README.md and the docs")
                .contains(Path.of("README.md"), Path.of("docs/user-guide.md"), Path.of("docs/architecture.md"));
        List<Broken> broken = new ArrayList<>();
        int links = 0;
        for (Path document : documents) {
            List<String> targets = new ArrayList<>();
            broken.addAll(check(document, Files.readString(document, StandardCharsets.UTF_8), targets));
            links += targets.size();
        }
        assertThat(links).as("relative links checked").isGreaterThan(50);
        assertThat(broken).as("broken relative links").isEmpty();
    }

    @Test
    void a_missing_file_or_heading_is_reported_and_code_is_not_read_as_a_link() throws IOException {
        Path readme = Path.of("README.md");
        String text = """
                # Bắt đầu nhanh
                ## Cài đặt thật
                [ok](#cài-đặt-thật) [ok](docs/nginx.md#tiếng-việt) [web](https://example.org/x)
                [gone](docs/no-such-file.md) [no heading](#cai-dat-that) [other](docs/nginx.md#no-such-heading)
                `[not a link](nowhere.md)`
                ```
                [not a link either](nowhere.md)
                ```
                """;
        List<String> targets = new ArrayList<>();
        List<Broken> broken = check(readme, text, targets);
        assertThat(targets)
                .containsExactly(
                        "#cài-đặt-thật",
                        "docs/nginx.md#tiếng-việt",
                        "docs/no-such-file.md",
                        "#cai-dat-that",
                        "docs/nginx.md#no-such-heading");
        assertThat(broken)
                .extracting(Broken::target)
                .containsExactly("docs/no-such-file.md", "#cai-dat-that", "docs/nginx.md#no-such-heading");
    }

    @Test
    void anchors_are_made_as_github_makes_them() {
        assertThat(anchors("""
                # NTM - New Rural Development management
                ### Tài khoản mẫu (mật khẩu chung: `ntm-demo-2026`)
                ### Dòng lệnh `./ntm`
                ### Nhập/xuất Excel
                ## English
                ## English
                """))
                .containsExactly(
                        "ntm---new-rural-development-management",
                        "tài-khoản-mẫu-mật-khẩu-chung-ntm-demo-2026",
                        "dòng-lệnh-ntm",
                        "nhậpxuất-excel",
                        "english",
                        "english-1");
    }

    static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    /** The broken links of {@code text} (the content of {@code file}); {@code targets} receives every one checked. */
    static List<Broken> check(Path file, String text, List<String> targets) {
        List<Broken> broken = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        boolean fenced = false;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            Matcher link = LINK.matcher(INLINE_CODE.matcher(lines[i]).replaceAll(""));
            while (link.find()) {
                String target = link.group(2);
                if (target.matches("^[a-zA-Z][a-zA-Z+.-]*:.*")) {
                    continue; // https:, mailto: ... not ours to check
                }
                targets.add(target);
                String why = problem(file, text, target);
                if (why != null) {
                    broken.add(new Broken(file, i + 1, target, why));
                }
            }
        }
        return broken;
    }

    private static String problem(Path file, String text, String target) {
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        String linked = text;
        if (!path.isEmpty()) {
            Path resolved = (file.getParent() == null ? Path.of("") : file.getParent())
                    .resolve(path)
                    .normalize();
            if (!Files.exists(resolved)) {
                return "no such file: " + resolved;
            }
            if (anchor == null) {
                return null;
            }
            if (!resolved.toString().endsWith(".md")) {
                return "an anchor into a file that is not Markdown";
            }
            linked = read(resolved);
        }
        if (anchor == null || anchor.isEmpty()) {
            return null;
        }
        return anchors(linked).contains(anchor) ? null : "no heading with the anchor #" + anchor;
    }

    /** The anchors of a Markdown text: its headings' (outside fenced code) and explicit {@code <a id>}. */
    static Set<String> anchors(String text) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean fenced = false;
        for (String line : text.split("\n")) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            Matcher explicit = HTML_ANCHOR.matcher(line);
            while (explicit.find()) {
                anchors.add(explicit.group(1));
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String slug = slug(heading.group(2));
                int n = seen.merge(slug, 1, Integer::sum) - 1;
                anchors.add(n == 0 ? slug : slug + "-" + n);
            }
        }
        return anchors;
    }

    static String slug(String heading) {
        String text = heading.replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1"); // a link in a heading reads as its text
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{M}\\p{N} _-]", "")
                .replace(' ', '-');
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
