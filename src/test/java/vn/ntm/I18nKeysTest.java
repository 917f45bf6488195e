package vn.ntm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class I18nKeysTest {

    @Test
    void every_message_key_exists_in_vietnamese_and_in_english() throws IOException {
        Set<String> vi = keys("/i18n/messages.properties");
        Set<String> en = keys("/i18n/messages_en.properties");
        Set<String> missingInEnglish = new TreeSet<>(vi);
        missingInEnglish.removeAll(en);
        Set<String> missingInVietnamese = new TreeSet<>(en);
        missingInVietnamese.removeAll(vi);
        assertThat(missingInEnglish).as("keys missing in messages_en.properties").isEmpty();
        assertThat(missingInVietnamese).as("keys missing in messages.properties").isEmpty();
        assertThat(vi).hasSizeGreaterThan(50);
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(I18nKeysTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
