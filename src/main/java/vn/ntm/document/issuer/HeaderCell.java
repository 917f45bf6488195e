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

    private List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
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

    private boolean fits(String line, Style style) {
        return TextMetrics.widthTwips(line, style.bold(), style.italic(), style.size()) <= widthTwips() * SLACK;
    }
}
