package vn.ntm.document.check;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import vn.ntm.document.layout.LayoutProfile;

/**
 * Reads a written PDF back with PDFBox into the zones the checks need, by position: header lines are those centred
 * on a header column at the top of page 1; the footer starts at "Nơi nhận:"; rules are the thin filled rectangles
 * openhtmltopdf draws for borders. Top and bottom margins are not measured (glyph boxes are not the margin).
 */
public final class PdfReadBack {

    private static final double MM_PER_PT = 25.4 / 72;
    private static final double MM_PER_TWIP = 25.4 / 1440;
    /** Text further apart on one baseline than this (5 mm) belongs to different cells. */
    private static final double COLUMN_GAP_PT = 5 / 25.4 * 72;

    private final LayoutProfile profile;

    public PdfReadBack(LayoutProfile profile) {
        this.profile = profile;
    }

    /** One line of text: page (1-based), baseline from the top, x from/to, all in mm. */
    public record Line(int page, double baselineMm, double fromMm, double toMm, ReadLine text) {

        double centreMm() {
            return (fromMm + toMm) / 2;
        }
    }

    public ReadDocument read(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage first = doc.getPage(0);
            double width = first.getMediaBox().getWidth() * MM_PER_PT;
            double height = first.getMediaBox().getHeight() * MM_PER_PT;
            List<Line> lines = lines(doc);
            Set<String> fonts = new LinkedHashSet<>();
            boolean embedded = true;
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.add(font.getName());
                    embedded &= font.isEmbedded();
                }
            }
            return zones(doc, lines, width, height, List.copyOf(fonts), embedded, rules(first, lines, height));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ReadDocument zones(
            PDDocument doc,
            List<Line> lines,
            double width,
            double height,
            List<String> fonts,
            boolean embedded,
            List<ReadDocument.Rule> rules) {
        LayoutProfile.Page page = profile.page();
        double marginLeft = page.marginLeftTwips() * MM_PER_TWIP;
        double marginTop = page.marginTopTwips() * MM_PER_TWIP;
        int[] head = profile.geometry().headerColumnsTwips();
        double leftCentre = marginLeft + head[0] * MM_PER_TWIP / 2;
        double rightCentre = marginLeft + (head[0] + head[1] / 2.0) * MM_PER_TWIP;
        double headBoundary = marginLeft + head[0] * MM_PER_TWIP;
        List<Line> allText = lines.stream()
                .filter(l -> l.baselineMm() > marginTop - 1 && !blank(l.text().text()))
                .toList();
        List<Integer> annexStarts = annexStarts(allText);
        int firstAnnex = annexStarts.isEmpty() ? Integer.MAX_VALUE : annexStarts.get(0);
        List<Line> text = allText.stream().filter(l -> l.page() < firstAnnex).toList();
        List<ReadLine> annexes = allText.stream()
                .filter(l -> l.page() >= firstAnnex)
                .map(Line::text)
                .toList();
        List<Line> numbers =
                lines.stream().filter(l -> l.baselineMm() <= marginTop - 1).toList();
        List<ReadLine> headerLeft = new ArrayList<>();
        List<ReadLine> headerRight = new ArrayList<>();
        List<ReadLine> numberCell = new ArrayList<>();
        List<ReadLine> dateCell = new ArrayList<>();
        int at = 0;
        boolean numberSeen = false;
        boolean dateSeen = false;
        for (; at < text.size() && text.get(at).page() == 1; at++) {
            Line l = text.get(at);
            boolean left = Math.abs(l.centreMm() - leftCentre) < 2.5;
            boolean right = Math.abs(l.centreMm() - rightCentre) < 2.5;
            if (!left && !right) {
                break;
            }
            if (left) {
                numberSeen |= l.text().trimmed().startsWith("Số");
                (numberSeen ? numberCell : headerLeft).add(l.text());
            } else {
                dateSeen |= l.text().text().contains(", ngày");
                (dateSeen ? dateCell : headerRight).add(l.text());
            }
        }
        int footerAt = -1;
        for (int i = text.size() - 1; i >= at; i--) {
            if (text.get(i).text().trimmed().equals(profile.text("distributionLabel"))) {
                footerAt = i;
                break;
            }
        }
        List<ReadLine> middle = new ArrayList<>();
        List<ReadLine> footerLeft = new ArrayList<>();
        List<ReadLine> footerRight = new ArrayList<>();
        double footBoundary = marginLeft + profile.geometry().footerColumnsTwips()[0] * MM_PER_TWIP;
        Line label = footerAt < 0 ? null : text.get(footerAt);
        for (int i = at; i < text.size(); i++) {
            Line l = text.get(i);
            boolean inFooter = label != null
                    && (l.page() > label.page()
                            || (l.page() == label.page() && l.baselineMm() >= label.baselineMm() - 1));
            if (!inFooter) {
                middle.add(l.text());
            } else if (l.fromMm() < footBoundary - 1) {
                addWrapped(footerLeft, l.text());
            } else {
                footerRight.add(l.text());
            }
        }
        double textCentre = marginLeft + page.textWidthTwips() * MM_PER_TWIP / 2;
        boolean firstNumbered = numbers.stream().anyMatch(l -> l.page() == 1);
        boolean laterNumbered = true;
        for (int p = 2; p <= doc.getNumberOfPages(); p++) {
            int onPage = p;
            // an annex numbers its pages from 1 (DL §1)
            int start = annexStarts.stream()
                    .filter(a -> a <= onPage)
                    .reduce((a, b) -> b)
                    .orElse(1);
            String number = Integer.toString(onPage - start + 1);
            laterNumbered &= numbers.stream()
                    .anyMatch(l -> l.page() == onPage
                            && l.text().trimmed().equals(number)
                            && Math.abs(l.centreMm() - textCentre) < 3);
        }
        double minX = text.stream()
                .filter(l -> l.page() == 1)
                .mapToDouble(Line::fromMm)
                .min()
                .orElse(Double.NaN);
        double maxX = text.stream()
                .filter(l -> l.page() == 1)
                .mapToDouble(Line::toMm)
                .max()
                .orElse(Double.NaN);
        double[] margins = {Double.NaN, Double.NaN, minX, width - maxX};
        return new ReadDocument(
                width,
                height,
                margins,
                fonts,
                embedded,
                doc.getVersion(),
                firstNumbered,
                laterNumbered,
                headerLeft,
                headerRight,
                numberCell,
                dateCell,
                middle,
                footerLeft,
                footerRight,
                rules,
                annexes,
                annexStarts.size());
    }

    /** The pages an annex starts on: their first line is the annex label ("Phụ lục", "Phụ lục II"). */
    private List<Integer> annexStarts(List<Line> text) {
        String label = profile.text("annexLabel");
        List<Integer> starts = new ArrayList<>();
        int page = 0;
        for (Line l : text) {
            if (l.page() != page) {
                page = l.page();
                String first = l.text().trimmed();
                if (page > 1 && label != null && (first.equals(label) || first.matches(label + " [IVXLC]+"))) {
                    starts.add(page);
                }
            }
        }
        return starts;
    }

    private static boolean blank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    /**
     * A Nơi nhận entry that wrapped: its next line does not start with "- "; it is read as one entry. What follows the
     * finished "Lưu" line (the drafter's code) stays a line of its own.
     */
    private void addWrapped(List<ReadLine> lines, ReadLine line) {
        String previous = lines.isEmpty() ? "" : lines.get(lines.size() - 1).trimmed();
        boolean afterArchive = previous.startsWith("- " + profile.text("archive")) && previous.endsWith(".");
        if (lines.size() > 1 && !line.trimmed().startsWith("- ") && !afterArchive) {
            ReadLine last = lines.remove(lines.size() - 1);
            lines.add(new ReadLine(
                    last.trimmed() + " " + line.trimmed(),
                    last.sizePt(),
                    last.bold(),
                    last.italic(),
                    last.underline(),
                    last.allBold() && line.allBold()));
        } else {
            lines.add(line);
        }
    }

    /** The text lines of every page, glyphs grouped by baseline; gaps wider than a space become spaces. */
    public static List<Line> lines(PDDocument doc) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
                pages.add(getCurrentPageNo());
            }
        };
        stripper.getText(doc);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < glyphs.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingInt(pages::get)
                .thenComparingDouble(i -> Math.round(glyphs.get(i).getYDirAdj() * 2) / 2.0)
                .thenComparingDouble(i -> glyphs.get(i).getXDirAdj()));
        List<Line> lines = new ArrayList<>();
        List<TextPosition> current = new ArrayList<>();
        int currentPage = -1;
        double currentY = Double.NaN;
        double currentEnd = 0;
        for (int i : order) {
            TextPosition g = glyphs.get(i);
            boolean sameLine = pages.get(i) == currentPage
                    && Math.abs(g.getYDirAdj() - currentY) < 1.5
                    && g.getXDirAdj() - currentEnd < COLUMN_GAP_PT;
            if (!sameLine && !current.isEmpty()) {
                lines.add(line(currentPage, current));
                current = new ArrayList<>();
            }
            if (!sameLine) {
                currentPage = pages.get(i);
                currentY = g.getYDirAdj();
            }
            current.add(g);
            currentEnd = g.getXDirAdj() + g.getWidthDirAdj();
        }
        if (!current.isEmpty()) {
            lines.add(line(currentPage, current));
        }
        return lines;
    }

    private static Line line(int page, List<TextPosition> glyphs) {
        StringBuilder text = new StringBuilder();
        TextPosition first = null;
        boolean allBold = true;
        double end = glyphs.get(0).getXDirAdj();
        for (TextPosition g : glyphs) {
            String u = g.getUnicode().replace('\u00A0', ' ');
            double gap = g.getXDirAdj() - end;
            double space = 0.25 * g.getFontSize();
            if (gap > space * 0.6 && text.length() > 0) {
                text.append(" ".repeat((int) Math.max(1, Math.round(gap / space))));
            }
            text.append(u);
            end = g.getXDirAdj() + g.getWidthDirAdj();
            if (!u.isBlank()) {
                if (first == null) {
                    first = g;
                }
                allBold &= fontName(g).contains("Bold");
            }
        }
        if (first == null) {
            first = glyphs.get(0);
        }
        String name = fontName(first);
        ReadLine read = new ReadLine(
                Normalizer.normalize(text.toString(), Normalizer.Form.NFC),
                Math.round(first.getFontSize() * 10) / 10.0,
                name.contains("Bold"),
                name.contains("Italic"),
                null,
                allBold);
        TextPosition last = glyphs.get(glyphs.size() - 1);
        return new Line(
                page,
                first.getYDirAdj() * MM_PER_PT,
                glyphs.get(0).getXDirAdj() * MM_PER_PT,
                (last.getXDirAdj() + last.getWidthDirAdj()) * MM_PER_PT,
                read);
    }

    private static String fontName(TextPosition g) {
        return g.getFont() == null || g.getFont().getName() == null
                ? ""
                : g.getFont().getName();
    }

    /** Thin filled rectangles on page 1 (CSS borders), each matched to the nearest text line above it. */
    private static List<ReadDocument.Rule> rules(PDPage page, List<Line> lines, double pageHeightMm)
            throws IOException {
        List<double[]> boxes = new ArrayList<>();
        PDFGraphicsStreamEngine engine = new PDFGraphicsStreamEngine(page) {
            private final List<double[]> pending = new ArrayList<>();
            private double[] path;

            private void extend(double x, double y) {
                if (path == null) {
                    path = new double[] {x, x, y, y};
                    pending.add(path);
                } else {
                    path[0] = Math.min(path[0], x);
                    path[1] = Math.max(path[1], x);
                    path[2] = Math.min(path[2], y);
                    path[3] = Math.max(path[3], y);
                }
            }

            @Override
            public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                double x0 = Math.min(p0.getX(), p2.getX());
                double x1 = Math.max(p0.getX(), p2.getX());
                double y0 = Math.min(p0.getY(), p2.getY());
                double y1 = Math.max(p0.getY(), p2.getY());
                pending.add(new double[] {x0, x1, y0, y1});
            }

            @Override
            public void fillPath(int windingRule) {
                boxes.addAll(pending);
                pending.clear();
                path = null;
            }

            @Override
            public void endPath() {
                pending.clear();
                path = null;
            }

            @Override
            public void drawImage(PDImage pdImage) {}

            @Override
            public void clip(int windingRule) {}

            @Override
            public void moveTo(float x, float y) {
                path = null;
                extend(x, y);
            }

            @Override
            public void lineTo(float x, float y) {
                extend(x, y);
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}

            @Override
            public Point2D getCurrentPoint() {
                return new Point2D.Float();
            }

            @Override
            public void closePath() {}

            @Override
            public void strokePath() {
                pending.clear();
                path = null;
            }

            @Override
            public void fillAndStrokePath(int windingRule) {
                fillPath(windingRule);
            }

            @Override
            public void shadingFill(COSName shadingName) {}
        };
        engine.processPage(page);
        List<ReadDocument.Rule> rules = new ArrayList<>();
        for (double[] b : boxes) {
            double heightMm = (b[3] - b[2]) * MM_PER_PT;
            double widthMm = (b[1] - b[0]) * MM_PER_PT;
            if (heightMm > 0.5 || widthMm < 3) {
                continue;
            }
            double yMm = pageHeightMm - b[3] * MM_PER_PT;
            double centre = (b[0] + b[1]) / 2 * MM_PER_PT;
            lines.stream()
                    .filter(l -> l.page() == 1 && l.baselineMm() < yMm && yMm - l.baselineMm() < 8)
                    .filter(l -> Math.abs(l.centreMm() - centre) < 3)
                    .max(Comparator.comparingDouble(Line::baselineMm))
                    .ifPresent(
                            l -> rules.add(new ReadDocument.Rule(l.text().trimmed(), l.toMm() - l.fromMm(), widthMm)));
        }
        return rules;
    }
}
