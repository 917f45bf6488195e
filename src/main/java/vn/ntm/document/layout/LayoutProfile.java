package vn.ntm.document.layout;

import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ntm.document.Authority;
import vn.ntm.document.LayoutFamily;

/**
 * The configuration of one layout family, loaded from {@code documents/layouts/<id>.yaml}: page, geometry, the style of
 * each element, fixed texts, the signing prefixes allowed, and what the sources leave unconfirmed.
 */
public record LayoutProfile(
        String id,
        LayoutFamily family,
        Page page,
        Geometry geometry,
        Map<String, Style> elements,
        Map<String, String> texts,
        Set<Authority> authorities,
        List<String> unconfirmed) {

    /** A4 and the margins in twips, with the ranges in mm the read-back accepts. */
    public record Page(
            int widthTwips,
            int heightTwips,
            int marginTopTwips,
            int marginBottomTwips,
            int marginLeftTwips,
            int marginRightTwips,
            double[] marginTopRangeMm,
            double[] marginBottomRangeMm,
            double[] marginLeftRangeMm,
            double[] marginRightRangeMm,
            int headerDistanceTwips) {

        public int textWidthTwips() {
            return widthTwips - marginLeftTwips - marginRightTwips;
        }
    }

    public record Geometry(
            int[] headerColumnsTwips,
            int[] footerColumnsTwips,
            int cellMarginTwips,
            int firstLineIndentTwips,
            int recipientsLabelIndentTwips,
            int recipientsIndentTwips,
            double bodyLineHeightPt,
            double paragraphBeforePt,
            double issuerRuleFraction,
            double summaryRuleFraction,
            int signatureGapLines,
            double[] markFramesMm,
            double markFrameHeightMm) {}

    public Style style(String element) {
        Style style = elements.get(element);
        if (style == null) {
            throw new IllegalStateException("profile " + id + " has no element " + element);
        }
        return style;
    }

    /** A fixed text of the profile, or null when the family has none (a Party document has no motto). */
    public String text(String name) {
        return texts.get(name);
    }

    public boolean drawsRules() {
        return "RULE".equals(text("issuerSeparator"));
    }
}
