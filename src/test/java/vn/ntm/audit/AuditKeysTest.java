package vn.ntm.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.ntm.assessment.ValueState;
import vn.ntm.scope.Role;
import vn.ntm.unit.UnitAttribute;

/**
 * Every action, entity, field and state the product writes to the audit log has words in both languages: the
 * code is read from the sources ({@code Change.of("CLOSE", …)}, {@code .field("returnReason", …)}, the entity
 * constants, the states and roles), so a new field without a message key fails here, before a reader meets it.
 */
class AuditKeysTest {

    static final Path SOURCES = Path.of("src/main/java/vn/ntm");

    /** {@code Change.of("APPROVE", …)} and {@code Change.of(open ? "OPEN" : "CLOSE", …)}. */
    private static final Pattern ACTION =
            Pattern.compile("Change\\.of\\((?:\\w+ \\? )?\"([A-Z_]+)\"(?: : \"([A-Z_]+)\")?");

    private static final Pattern FIELD = Pattern.compile("\\.field\\(\"(\\w+)\"");
    private static final Pattern ENTITY = Pattern.compile(
            "static final String (?:ENTITY|PERSON|POSITION) = \"(\\w+)\"|Change\\.(?:created|updated|of)\\((?:\"[A-Z_]+\", )?\"([a-z_]+)\"");

    static List<String> sources() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                texts.add(Files.readString(f));
            }
        }
        return texts;
    }

    static Set<String> found(Pattern pattern) throws IOException {
        Set<String> found = new TreeSet<>();
        for (String text : sources()) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                for (int g = 1; g <= m.groupCount(); g++) {
                    if (m.group(g) != null) {
                        found.add(m.group(g));
                    }
                }
            }
        }
        return found;
    }

    static Set<String> actions() throws IOException {
        Set<String> actions = found(ACTION);
        actions.addAll(List.of("CREATE", "UPDATE"));
        Arrays.stream(ValueState.values()).map(Enum::name).forEach(actions::add);
        return actions;
    }

    static Set<String> fields() throws IOException {
        Set<String> fields = found(FIELD);
        Arrays.stream(UnitAttribute.values()).map(Enum::name).forEach(fields::add);
        return fields;
    }

    /** What must never reach a reader: the stored codes, and field names that are not plain words. */
    static Set<String> rawCodes() throws IOException {
        Set<String> codes = new TreeSet<>(actions());
        fields().stream().filter(f -> !f.equals(f.toLowerCase(Locale.ROOT))).forEach(codes::add);
        Arrays.stream(Role.values()).map(Enum::name).forEach(codes::add);
        codes.addAll(List.of("PENDING", "APPROVED", "REJECTED", "true", "false"));
        found(ENTITY).stream().filter(e -> e.contains("_")).forEach(codes::add);
        return codes;
    }

    /** Every bundle of one language merged, as the application's message source reads them. */
    static Properties allBundles(String suffix) throws IOException {
        Properties all = new Properties();
        try (var files = Files.list(Path.of("src/main/resources/i18n"))) {
            for (Path f : files.filter(f -> suffix.isEmpty()
                            ? f.getFileName().toString().matches("[a-z-]+\\.properties")
                            : f.getFileName().toString().endsWith(suffix + ".properties"))
                    .toList()) {
                all.putAll(bundle(f.getFileName().toString()));
            }
        }
        return all;
    }

    static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/i18n/" + name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void every_recorded_action_field_state_and_role_has_words_in_both_languages() throws IOException {
        Set<String> entities = found(ENTITY);
        assertThat(entities)
                .contains(
                        "assessment_value",
                        "value_change_request",
                        "entry_period",
                        "app_user",
                        "body",
                        "unit_attribute",
                        "threshold",
                        "criteria_overlay");
        for (String file : List.of("guide.properties", "guide_en.properties")) {
            Properties words = allBundles(file.contains("_en") ? "_en" : "");
            List<String> missing = new ArrayList<>();
            for (String action : actions()) {
                boolean named = words.containsKey("audit.action." + action)
                        || entities.stream().anyMatch(e -> words.containsKey("audit.action." + e + "." + action));
                if (!named) {
                    missing.add("audit.action." + action);
                }
            }
            for (String entity : entities) {
                if (words.stringPropertyNames().stream().noneMatch(k -> k.startsWith("audit.action." + entity + "."))) {
                    missing.add("audit.action." + entity + ".*");
                }
            }
            for (String field : fields()) {
                if (!words.containsKey("audit.field." + field)) {
                    missing.add("audit.field." + field);
                }
            }
            for (ValueState state : ValueState.values()) {
                if (!words.containsKey("audit.action.assessment_value." + state)) {
                    missing.add("audit.action.assessment_value." + state);
                }
                if (!words.containsKey("audit.value.state." + state)) {
                    missing.add("audit.value.state." + state);
                }
            }
            for (String state : List.of("PENDING", "APPROVED", "REJECTED")) {
                if (!words.containsKey("audit.value.state." + state)) {
                    missing.add("audit.value.state." + state);
                }
            }
            for (Role role : Role.values()) {
                if (!words.containsKey("audit.value.role." + role)) {
                    missing.add("audit.value.role." + role);
                }
            }
            assertThat(missing).as("keys missing in " + file).isEmpty();
        }
    }
}
