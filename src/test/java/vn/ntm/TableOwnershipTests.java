package vn.ntm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each module owns its tables, listed in its {@code package-info.java} ("Owns tables:"); another module's SQL names
 * them only through the read-only views the owner publishes there ("Publishes views:"). Read from the sources
 * themselves: the migrations say which tables and views exist, the Java string literals hold the SQL.
 */
class TableOwnershipTests {

    private static final Path SOURCES = Path.of("src/main/java/vn/ntm");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    /** A relation named where SQL names one: after from, join, into, update, table, and in a from-list's commas. */
    private static final Pattern REFERENCE = Pattern.compile(
            "\\b(?:from|join|into|update|table)\\s+((?:[a-z_][a-z0-9_]*(?:\\s+(?!where\\b|on\\b|join\\b|left\\b|"
                    + "inner\\b|set\\b|values\\b|order\\b|group\\b|using\\b|limit\\b|as\\b)[a-z_][a-z0-9_]*)?"
                    + "\\s*,\\s*)*[a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("\\{@code ([a-z_][a-z0-9_]*)}");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    @Test
    void every_table_and_view_has_one_owning_module() {
        Map<String, String> tables = owners("Owns tables:");
        Map<String, String> views = owners("Publishes views");
        assertThat(tables.keySet())
                .as("tables the migrations create, each listed by one module's package-info")
                .containsExactlyInAnyOrderElementsOf(created("table"));
        assertThat(views.keySet())
                .as("views the migrations create, each listed by one module's package-info")
                .containsExactlyInAnyOrderElementsOf(created("view"));
        views.forEach((view, module) -> assertThat(view)
                .as("a view is named after the module that publishes it")
                .startsWith(module + "_"));
    }

    @Test
    void a_module_names_another_modules_table_only_through_its_views() {
        Map<String, String> tables = owners("Owns tables:");
        List<String> trespasses = new ArrayList<>();
        for (Path file : javaFiles()) {
            String module = SOURCES.relativize(file).getName(0).toString();
            for (String table : referencedRelations(read(file))) {
                String owner = tables.get(table);
                if (owner != null && !owner.equals(module)) {
                    trespasses.add(module + " (" + file.getFileName() + ") names " + owner + "'s table " + table);
                }
            }
        }
        assertThat(trespasses)
                .as("read another module's rows through the views it publishes")
                .isEmpty();
    }

    @Test
    void the_scan_sees_the_ways_sql_names_a_table() {
        String source = """
                class Example {
                    String a = \"""
                            select v.id from assessment_value v join indicator i on i.id = v.indicator_id
                            left join unit_state_view s on s.unit_id = v.unit_id\""";
                    String b = "select 1 from criteria_set s, admin_unit u where u.id = s.id";
                    String c = "insert into audit_log (actor) values (?)";
                    String d = "update app_user set role = ?";
                    String prose = "indicator of the set";
                }
                """;
        assertThat(referencedRelations(source))
                .containsExactlyInAnyOrder(
                        "assessment_value",
                        "indicator",
                        "unit_state_view",
                        "criteria_set",
                        "admin_unit",
                        "audit_log",
                        "app_user");
    }

    /** The relations that the string literals of one Java source name as SQL does. */
    static List<String> referencedRelations(String source) {
        List<String> literals = new ArrayList<>();
        Matcher blocks = TEXT_BLOCK.matcher(source);
        while (blocks.find()) {
            literals.add(blocks.group(1));
        }
        Matcher strings = STRING.matcher(TEXT_BLOCK.matcher(source).replaceAll(""));
        while (strings.find()) {
            literals.add(strings.group(1));
        }
        List<String> names = new ArrayList<>();
        for (String literal : literals) {
            Matcher m = REFERENCE.matcher(literal);
            while (m.find()) {
                for (String item : m.group(1).split(",")) {
                    names.add(item.trim().split("\\s+")[0].toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }

    /** Relation → module, from the items ({@code <li>{@code name}: what it holds}) of one section of each package-info. */
    private static Map<String, String> owners(String section) {
        Map<String, String> owners = new TreeMap<>();
        try (Stream<Path> modules = Files.list(SOURCES)) {
            for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
                Path info = module.resolve("package-info.java");
                if (!Files.exists(info)) {
                    continue;
                }
                String text = read(info);
                int start = text.indexOf(section);
                if (start < 0) {
                    continue;
                }
                String list = text.substring(start, text.indexOf("</ul>", start));
                for (String item : list.split("<li>")) {
                    // the names an item lists come before its colon; what follows describes them
                    Matcher names = NAME.matcher(item.split(": ")[0]);
                    while (names.find() && item.contains(": ")) {
                        String before =
                                owners.put(names.group(1), module.getFileName().toString());
                        assertThat(before)
                                .as(names.group(1) + " listed by two modules")
                                .isNull();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return owners;
    }

    private static List<String> created(String kind) {
        Pattern create = Pattern.compile(
                "create\\s+(?:or\\s+replace\\s+)?" + kind + "\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)",
                Pattern.CASE_INSENSITIVE);
        List<String> names = new ArrayList<>(kind.equals("table") ? List.of("flyway_schema_history") : List.of());
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher m = create.matcher(read(file).replaceAll("--[^\\n]*", ""));
                while (m.find()) {
                    names.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
