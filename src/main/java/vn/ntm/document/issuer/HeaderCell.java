package vn.ntm.document.issuer;

import java.util.ArrayList;
import java.util.List;
import vn.ntm.document.LayoutFamily;
import vn.ntm.document.layout.LayoutProfile;
import vn.ntm.document.layout.LayoutProfiles;
import vn.ntm.document.layout.Style;
import vn.ntm.document.layout.TextMetrics;

/**
 * The left header cell an issuer's lines are printed in, measured as the layout draws them: the read-back check
 * refuses a line the page wraps, so a name too wide for one line is split here, between words, before it is
 * printed.
 */
final class HeaderCell {

    /** Room kept for rounding between the font's metrics and the writers' line breaking. */
    private static final double SLACK = 0.98;

    /** Where a long name is best split: before the words naming its unit ("… XÃ THƯỢNG LỘ"). */
    private static final List<String> UNIT_WORDS = List.of(
            "XÃ ",
            "PHƯỜNG ",
            "THỊ TRẤN ",
            "ĐẶC KHU ",
            "HUYỆN ",
            "QUẬN ",
            "THỊ XÃ ",
            "THÀNH PHỐ ",
            "TỈNH ",
            "THÔN ",
            "BẢN ",
            "ẤP ");

    private final LayoutProfile profile;

    private HeaderCell(LayoutProfile profile) {
        this.profile = profile;
    }

    static HeaderCell of(LayoutFamily family) {
        return new HeaderCell(LayoutProfiles.of(family));
    }

    /** The cell's width inside its margins, in twips. */
    int widthTwips() {
        return profile.geometry().headerColumnsTwips()[0]
                - 2 * profile.geometry().cellMarginTwips();
    }

    boolean fitsIssuerLine(String line) {
        return fits(line, profile.style("issuer"));
    }

    boolean fitsSuperiorLine(String line) {
        return fits(line, profile.style("superior"));
    }

    /**
     * A name as issuer lines: one line when it fits; else split before the words naming its unit, and any part
     * still too wide wrapped between words. May give more than three lines or a word wider than the cell (then a
     * person shortens it): the caller checks.
     */
    List<String> issuerLines(String name) {
        if (fitsIssuerLine(name)) {
            return List.of(name);
        }
        List<String> lines = new ArrayList<>();
        for (String part : splitBeforeUnit(name)) {
            lines.addAll(wrap(part));
        }
        return lines;
    }

    private static List<String> splitBeforeUnit(String name) {
        for (String word : UNIT_WORDS) {
            int at = name.indexOf(" " + word);
            if (at > 0) {
                return List.of(name.substring(0, at), name.substring(at + 1));
            }
        }
        return List.of(name);
    }

    /**
     * The words in as few lines as fit, up to three: broken after a comma or next to "VÀ" where that fits (so "THỂ
     * THAO" or "NÔNG THÔN" stay whole), then where the widest line is narrowest; wider than three lines: filled line
     * by line.
     */
    private List<String> wrap(String text) {
        String[] words = text.split(" +");
        for (int count = 1; count <= Math.min(3, words.length); count++) {
            List<String> best = null;
            double bestWidest = Double.MAX_VALUE;
            for (List<String> lines : breaks(words, count)) {
                double widest =
                        lines.stream().mapToDouble(this::issuerWidth).max().orElse(0);
                if (lines.stream().allMatch(this::fitsIssuerLine) && widest < bestWidest) {
                    best = lines;
                    bestWidest = widest;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return filled(words);
    }

    /** Whether every break falls between phrases: after a comma, or before or after "VÀ". */
    private static boolean atPhrases(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            String before = lines.get(i - 1);
            if (!before.endsWith(",")
                    && !before.endsWith(" VÀ")
                    && !lines.get(i).startsWith("VÀ ")) {
                return false;
            }
        }
        return true;
    }

    /** Every way of breaking the words into {@code count} non-empty lines (count is 1 to 3). */
    private static List<List<String>> breaks(String[] words, int count) {
        List<List<String>> all = new ArrayList<>();
        int n = words.length;
        if (count == 1) {
            all.add(List.of(String.join(" ", words)));
        } else if (count == 2) {
            for (int i = 1; i < n; i++) {
                all.add(List.of(join(words, 0, i), join(words, i, n)));
            }
        } else {
            for (int i = 1; i < n - 1; i++) {
                for (int j = i + 1; j < n; j++) {
                    all.add(List.of(join(words, 0, i), join(words, i, j), join(words, j, n)));
                }
            }
        }
        return all;
    }

    private static String join(String[] words, int from, int to) {
        return String.join(" ", List.of(words).subList(from, to));
    }

    private List<String> filled(String[] words) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (line.isEmpty() || fitsIssuerLine(longer)) {
                line.setLength(0);
                line.append(longer);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private double issuerWidth(String line) {
        Style style = profile.style("issuer");
        return TextMetrics.widthPt(line, style.bold(), style.italic(), style.size());
    }

    private boolean fits(String line, Style style) {
        return TextMetrics.widthTwips(line, style.bold(), style.italic(), style.size()) <= widthTwips() * SLACK;
    }
}
