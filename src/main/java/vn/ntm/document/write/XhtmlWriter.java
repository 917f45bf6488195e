package vn.ntm.document.write;

import java.util.List;
import java.util.Locale;
import vn.ntm.document.layout.LaidOutDocument;
import vn.ntm.document.layout.LaidOutDocument.Grid;
import vn.ntm.document.layout.LaidOutDocument.Laid;
import vn.ntm.document.layout.LaidOutDocument.Para;
import vn.ntm.document.layout.LaidOutDocument.Span;
import vn.ntm.document.layout.LayoutProfile;

/**
 * Writes a laid-out document as one XHTML page for openhtmltopdf, with the geometry the .docx gets: the same margins,
 * column widths, cell padding, exact line heights and indents; every font resolves to the bundled Liberation Serif.
 */
public final class XhtmlWriter {

    public static final String FONT = "Liberation Serif";
    private static final double MM_PER_TWIP = 25.4 / 1440;

    public String write(LaidOutDocument laid) {
        LayoutProfile profile = laid.profile();
        LayoutProfile.Page page = profile.page();
        StringBuilder b = new StringBuilder(16_000);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">")
                .append("<head><meta charset=\"UTF-8\"/><style>\n")
                .append("@page { size: ")
                .append(mm(page.widthTwips()))
                .append("mm ")
                .append(mm(page.heightTwips()))
                .append("mm; margin: ")
                .append(mm(page.marginTopTwips()))
                .append("mm ")
                .append(mm(page.marginRightTwips()))
                .append("mm ")
                .append(mm(page.marginBottomTwips()))
                .append("mm ")
                .append(mm(page.marginLeftTwips()))
                .append("mm;\n  @top-center { content: counter(page); font-family: '")
                .append(FONT)
                .append("'; font-size: ")
                .append(pt(profile.style("pageNumber").size()))
                .append("pt; vertical-align: top; padding-top: ")
                .append(mm(page.headerDistanceTwips()))
                .append("mm; } }\n")
                .append("@page :first { @top-center { content: none; } }\n")
                .append("body { margin: 0; font-family: '")
                .append(FONT)
                .append("'; }\n")
                .append("p { margin: 0; padding: 0; }\n")
                .append("table { border-collapse: collapse; table-layout: fixed; }\n")
                .append("td { vertical-align: top; padding: 0 ")
                .append(mm(profile.geometry().cellMarginTwips()))
                .append("mm; }\n")
                .append("table.grid td { border: 0.5pt solid black; }\n")
                .append(".nowrap { white-space: nowrap; }\n.keep { white-space: pre-wrap; }\n")
                .append(".rule { height: 0; border-top: 0.75pt solid black; margin: 1pt auto 0 auto; }\n")
                .append(".frame { border: 0.75pt solid black; margin-left: auto; margin-right: auto; }\n")
                // an annex starts a page and its own page numbers (DL §1: each annex is numbered apart)
                .append(".annex { page-break-before: always; -fs-page-sequence: start; }\n")
                .append("</style></head><body>\n");
        grid(b, laid.header());
        for (Laid item : laid.title()) {
            item(b, item);
        }
        for (Laid item : laid.body()) {
            item(b, item);
        }
        b.append("<p style=\"margin-top: 6pt; line-height: 6pt;\">&#160;</p>\n");
        grid(b, laid.footer());
        for (List<Laid> annex : laid.annexes()) {
            b.append("<div class=\"annex\">\n");
            annex.forEach(item -> item(b, item));
            b.append("</div>\n");
        }
        return b.append("</body></html>\n").toString();
    }

    private void item(StringBuilder b, Laid item) {
        if (item instanceof Para p) {
            para(b, p);
        } else if (item instanceof Grid g) {
            grid(b, g);
        }
    }

    private void grid(StringBuilder b, Grid grid) {
        b.append("<table")
                .append(grid.bordered() ? " class=\"grid\"" : "")
                .append(" style=\"width: ")
                .append(mm(grid.widthTwips()))
                .append("mm;\">");
        for (int c : grid.columnsTwips()) {
            b.append("<col style=\"width: ").append(mm(c)).append("mm;\"/>");
        }
        for (var row : grid.rows()) {
            b.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                b.append("<td>");
                row.get(c).forEach(p -> para(b, p));
                b.append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</table>\n");
    }

    private void para(StringBuilder b, Para p) {
        double size = p.spans().isEmpty() ? 12 : p.spans().get(0).sizePt();
        String classes = (p.keepBlanks() ? "keep " : "") + (p.frameTwips() > 0 ? "frame" : "");
        b.append("<p")
                .append(classes.isBlank() ? "" : " class=\"" + classes.strip() + "\"")
                .append(" style=\"text-align: ")
                .append(p.align().name().toLowerCase(Locale.ROOT))
                .append("; font-size: ")
                .append(pt(size))
                .append("pt; line-height: ")
                .append(pt(p.lineHeightPt()))
                .append("pt;");
        if (p.beforePt() > 0) {
            b.append(" margin-top: ").append(pt(p.beforePt())).append("pt;");
        }
        if (p.leftTwips() != 0) {
            b.append(" margin-left: ").append(mm(p.leftTwips())).append("mm;");
        }
        if (p.frameTwips() > 0) {
            b.append(" width: ").append(mm(p.frameTwips())).append("mm;");
            // the frame is part of the stamp: an urgency stamp is red, frame and letters (DL §8a)
            String colour = p.spans().isEmpty() ? null : p.spans().get(0).colour();
            if (colour != null) {
                b.append(" border-color: #").append(colour).append(";");
            }
        }
        if (p.firstLineTwips() != 0) {
            b.append(" text-indent: ").append(mm(p.firstLineTwips())).append("mm;");
        }
        b.append("\">");
        if (p.text().isEmpty()) {
            b.append("&#160;");
        }
        for (Span s : p.spans()) {
            span(b, s, s.text());
        }
        b.append("</p>");
        if (p.ruleTwips() > 0) {
            b.append("<div class=\"rule\" style=\"width: ")
                    .append(mm(p.ruleTwips()))
                    .append("mm;\"></div>");
        }
        b.append('\n');
    }

    private static void span(StringBuilder b, Span s, String text) {
        if (text.isEmpty()) {
            return;
        }
        b.append("<span style=\"font-size: ")
                .append(pt(s.sizePt()))
                .append("pt;")
                .append(s.bold() ? " font-weight: bold;" : " font-weight: normal;")
                .append(s.italic() ? " font-style: italic;" : " font-style: normal;")
                .append(s.underline() ? " text-decoration: underline;" : "")
                .append(s.colour() != null ? " color: #" + s.colour() + ";" : "")
                .append("\">");
        // no break inside "12/12" or "04/KH-UBND": the PDF's line breaker keeps them (NoBreakTokens)
        b.append(escape(text)).append("</span>");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static String mm(int twips) {
        return String.format(Locale.ROOT, "%.3f", twips * MM_PER_TWIP);
    }

    private static String pt(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
