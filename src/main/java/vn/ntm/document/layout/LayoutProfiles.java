package vn.ntm.document.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.ntm.document.Authority;
import vn.ntm.document.LayoutFamily;

/**
 * The profiles bundled under {@code documents/layouts/}, one per family, read once; an installation may replace one
 * with a file of its own ({@link #useReplacements}: a province setting a value the sources leave open). Every profile
 * is checked as it is read ({@link ProfileFit}): one whose sizes cannot fit the page is refused.
 */
public final class LayoutProfiles {

    private static final Map<LayoutFamily, String> FILES =
            Map.of(LayoutFamily.STATE, "state-nd30-2020", LayoutFamily.PARTY, "party-hd36-2018");
    private static final Map<LayoutFamily, LayoutProfile> LOADED = new EnumMap<>(LayoutFamily.class);

    private LayoutProfiles() {}

    public static synchronized LayoutProfile of(LayoutFamily family) {
        return LOADED.computeIfAbsent(family, f -> load(FILES.get(f)));
    }

    /**
     * Reads every {@code *.yaml} of {@code directory} (when it exists) and uses each in place of the bundled profile of
     * its family; a profile that does not fit, or two for one family, refuse the start with the reason.
     */
    public static synchronized List<LayoutProfile> useReplacements(Path directory) {
        if (directory == null || !Files.isDirectory(directory)) {
            return List.of();
        }
        Map<LayoutFamily, LayoutProfile> found = new EnumMap<>(LayoutFamily.class);
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                LayoutProfile profile = read(file);
                if (found.put(profile.family(), profile) != null) {
                    throw new IllegalStateException(ProfileFit.refusal(
                            profile.id(), file.toString(), ProfileFit.text("twoForOneFamily", profile.family())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOADED.putAll(found);
        return List.copyOf(found.values());
    }

    /** A profile read from a file of the installation, checked as the bundled ones are. */
    public static LayoutProfile read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Back to the bundled profiles, replacements forgotten (tests of replacements put them back so). */
    public static synchronized void useBundled() {
        LOADED.clear();
    }

    static LayoutProfile load(String id) {
        String resource = "/documents/layouts/" + id + ".yaml";
        try (InputStream in = LayoutProfiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no layout profile " + resource);
            }
            return parse(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LayoutProfile parse(InputStream in, String where) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        LayoutProfile profile = profile(root);
        List<String> problems = ProfileFit.problems(profile);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(ProfileFit.refusal(profile.id(), where, String.join("; ", problems)));
        }
        return profile;
    }

    @SuppressWarnings("unchecked")
    private static LayoutProfile profile(Map<String, Object> root) {
        Map<String, Object> page = (Map<String, Object>) root.get("page");
        Map<String, Object> geometry = (Map<String, Object>) root.get("geometry");
        Map<String, Style> elements = new LinkedHashMap<>();
        ((Map<String, Map<String, Object>>) root.get("elements")).forEach((name, e) -> elements.put(name, style(e)));
        Map<String, String> texts = new LinkedHashMap<>();
        ((Map<String, Object>) root.get("texts")).forEach((k, v) -> texts.put(k, String.valueOf(v)));
        Set<Authority> authorities = ((List<String>) root.get("authorities"))
                .stream().map(Authority::valueOf).collect(Collectors.toUnmodifiableSet());
        List<String> unconfirmed = (List<String>) root.getOrDefault("unconfirmed", List.of());
        return new LayoutProfile(
                (String) root.get("id"),
                LayoutFamily.valueOf((String) root.get("family")),
                new LayoutProfile.Page(
                        integer(page, "widthTwips"),
                        integer(page, "heightTwips"),
                        integer(page, "marginTopTwips"),
                        integer(page, "marginBottomTwips"),
                        integer(page, "marginLeftTwips"),
                        integer(page, "marginRightTwips"),
                        range(page, "marginTopRangeMm"),
                        range(page, "marginBottomRangeMm"),
                        range(page, "marginLeftRangeMm"),
                        range(page, "marginRightRangeMm"),
                        integer(page, "headerDistanceTwips")),
                new LayoutProfile.Geometry(
                        ints(geometry, "headerColumnsTwips"),
                        ints(geometry, "footerColumnsTwips"),
                        integer(geometry, "cellMarginTwips"),
                        integer(geometry, "firstLineIndentTwips"),
                        integer(geometry, "recipientsLabelIndentTwips"),
                        integer(geometry, "recipientsIndentTwips"),
                        number(geometry, "bodyLineHeightPt"),
                        number(geometry, "paragraphBeforePt"),
                        number(geometry, "issuerRuleFraction"),
                        number(geometry, "summaryRuleFraction"),
                        integer(geometry, "signatureGapLines"),
                        range(geometry, "markFramesMm"),
                        number(geometry, "markFrameHeightMm")),
                Map.copyOf(elements),
                Map.copyOf(texts),
                authorities,
                List.copyOf(unconfirmed));
    }

    private static Style style(Map<String, Object> e) {
        return new Style(
                number(e, "size"),
                number(e, "min"),
                number(e, "max"),
                Boolean.TRUE.equals(e.get("bold")),
                Boolean.TRUE.equals(e.get("italic")),
                Boolean.TRUE.equals(e.get("underline")),
                (String) e.get("source"),
                (String) e.get("colour"));
    }

    private static int integer(Map<String, Object> map, String key) {
        return ((Number) required(map, key)).intValue();
    }

    private static double number(Map<String, Object> map, String key) {
        return ((Number) required(map, key)).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static int[] ints(Map<String, Object> map, String key) {
        return ((List<Number>) required(map, key))
                .stream().mapToInt(Number::intValue).toArray();
    }

    @SuppressWarnings("unchecked")
    private static double[] range(Map<String, Object> map, String key) {
        return ((List<Number>) required(map, key))
                .stream().mapToDouble(Number::doubleValue).toArray();
    }

    private static Object required(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            throw new IllegalStateException("layout profile lacks " + key);
        }
        return value;
    }
}
