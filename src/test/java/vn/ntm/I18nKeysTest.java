package vn.ntm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every bundle under i18n has a Vietnamese file and an English file with exactly the same keys. */
class I18nKeysTest {

    @Test
    void every_bundle_under_i18n_has_the_same_keys_in_vietnamese_and_in_english() throws Exception {
        List<String> bundles = bundles();
        assertThat(bundles).contains("messages", "org", "admin");
        for (String bundle : bundles) {
            Path english = folder().resolve(bundle + "_en.properties");
            assertThat(english).as("English file of bundle " + bundle).exists();
            Set<String> vi = keys(folder().resolve(bundle + ".properties"));
            Set<String> en = keys(english);
            Set<String> missingInEnglish = new TreeSet<>(vi);
            missingInEnglish.removeAll(en);
            Set<String> missingInVietnamese = new TreeSet<>(en);
            missingInVietnamese.removeAll(vi);
            assertThat(missingInEnglish)
                    .as("keys missing in " + bundle + "_en.properties")
                    .isEmpty();
            assertThat(missingInVietnamese)
                    .as("keys missing in " + bundle + ".properties")
                    .isEmpty();
            assertThat(vi).as("keys of " + bundle).isNotEmpty();
        }
        assertThat(keys(folder().resolve("messages.properties"))).hasSizeGreaterThan(50);
    }

    @Test
    void no_key_is_defined_in_two_bundles() throws Exception {
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        for (String bundle : bundles()) {
            for (String key : keys(folder().resolve(bundle + ".properties"))) {
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
        }
        assertThat(twice)
                .as("keys defined in more than one bundle (which one wins depends on the basename order)")
                .isEmpty();
    }

    /** The Vietnamese (default) files: every *.properties without a language suffix. */
    private static List<String> bundles() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".properties") && !n.matches(".*_[a-z]{2}(_[A-Z]{2})?\\.properties"))
                    .map(n -> n.substring(0, n.length() - ".properties".length()))
                    .sorted()
                    .toList();
        }
    }

    private static Path folder() throws URISyntaxException {
        return Path.of(I18nKeysTest.class.getResource("/i18n").toURI());
    }

    private static Set<String> keys(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
