package vn.ntm.criteria;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.ntm.errors.BadInputException;
import vn.ntm.files.StoredFiles;
import vn.ntm.text.Utf8Text;

/** Reading and writing catalog files: snake_case JSON, unknown fields refused so that typos are caught. */
final class CatalogJson {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private CatalogJson() {}

    static <T> T read(byte[] content, Class<T> type) {
        String text = Utf8Text.decode(content, "file");
        try {
            return MAPPER.readValue(text, type);
        } catch (JacksonException e) {
            throw new BadInputException("file", "catalog.error.json", e.getOriginalMessage());
        }
    }

    static byte[] write(Object value) {
        return (MAPPER.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static String hash(byte[] content) {
        return StoredFiles.sha256(content);
    }
}
