package vn.ntm.document.layout;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Whether a profile can be laid out at all, checked when it is read: every size inside its own allowed range, the
 * margins inside theirs, the tables no wider than the text, and the fixed one-line texts (Quốc hiệu, Tiêu ngữ, the
 * Party title, "Nơi nhận:") narrower than their cells at their sizes. What it finds is said in Vietnamese.
 */
final class ProfileFit {

    private static final double MM_PER_TWIP = 25.4 / 1440;
    private static final String BUNDLE = "i18n/document-rules";

    private ProfileFit() {}

    static List<String> problems(LayoutProfile profile) {
        List<String> out = new ArrayList<>();
        profile.elements().forEach((name, style) -> {
            if (!style.allows(style.size())) {
                out.add(text("sizeOutside", name, style.size(), style.min(), style.max()));
            }
        });
        LayoutProfile.Page page = profile.page();
        margin(out, "top", page.marginTopTwips(), page.marginTopRangeMm());
        margin(out, "bottom", page.marginBottomTwips(), page.marginBottomRangeMm());
        margin(out, "left", page.marginLeftTwips(), page.marginLeftRangeMm());
        margin(out, "right", page.marginRightTwips(), page.marginRightRangeMm());
        LayoutProfile.Geometry g = profile.geometry();
        columns(out, "header", g.headerColumnsTwips(), page.textWidthTwips());
        columns(out, "footer", g.footerColumnsTwips(), page.textWidthTwips());
        int right = g.headerColumnsTwips()[1] - 2 * g.cellMarginTwips();
        int footerLeft = g.footerColumnsTwips()[0] - 2 * g.cellMarginTwips();
        fits(out, profile, "nationalTitle", "nationalTitle", right);
        fits(out, profile, "motto", "motto", right);
        fits(out, profile, "partyTitle", "partyTitle", right);
        fits(out, profile, "distributionLabel", "distributionLabel", footerLeft);
        return out;
    }

    private static void margin(List<String> out, String side, int twips, double[] rangeMm) {
        double mm = twips * MM_PER_TWIP;
        if (mm < rangeMm[0] - 0.05 || mm > rangeMm[1] + 0.05) {
            out.add(text("marginOutside", text("side." + side), mm(mm), mm(rangeMm[0]), mm(rangeMm[1])));
        }
    }

    private static void columns(List<String> out, String table, int[] columns, int textWidthTwips) {
        int total = 0;
        for (int c : columns) {
            total += c;
        }
        if (total > textWidthTwips) {
            out.add(text(
                    "columnsTooWide",
                    text("table." + table),
                    mm(total * MM_PER_TWIP),
                    mm(textWidthTwips * MM_PER_TWIP)));
        }
    }

    /** A fixed text of the profile on one line of its cell, at its element's size. */
    private static void fits(List<String> out, LayoutProfile profile, String textName, String element, int cellTwips) {
        String text = profile.text(textName);
        Style style = profile.elements().get(element);
        if (text == null || style == null) {
            return;
        }
        int width = TextMetrics.widthTwips(text, style.bold(), style.italic(), style.size());
        if (width > cellTwips) {
            out.add(text("tooWide", text, style.size(), mm(width * MM_PER_TWIP), mm(cellTwips * MM_PER_TWIP)));
        }
    }

    /** "Thể thức “…” (tệp) không dùng được: …". */
    static String refusal(String id, String where, String problems) {
        return text("refused", id, where, problems);
    }

    static String text(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE,
                Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString("document.profile." + key), Locale.ROOT).format(args);
    }

    private static String mm(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
