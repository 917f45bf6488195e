package vn.ntm.document.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.ntm.document.layout.TextMetrics;

/** Reads a written .docx back with POI into the zones the checks need: the first table is the header, the last the footer. */
public final class DocxReadBack {

    private static final double MM_PER_TWIP = 25.4 / 1440;

    public ReadDocument read(byte[] docx) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            CTPageMar m = sect.getPgMar();
            double[] margins = {mm(m.getTop()), mm(m.getBottom()), mm(m.getLeft()), mm(m.getRight())};
            List<IBodyElement> elements = doc.getBodyElements();
            // the text ends with its section: at the first paragraph holding a section break, else with the file
            int textEnd = elements.size();
            for (int i = 0; i < elements.size(); i++) {
                if (elements.get(i) instanceof XWPFParagraph p
                        && p.getCTP().isSetPPr()
                        && p.getCTP().getPPr().isSetSectPr()) {
                    textEnd = i;
                    break;
                }
            }
            List<XWPFTable> tables = new ArrayList<>();
            for (IBodyElement e : elements.subList(0, textEnd)) {
                if (e instanceof XWPFTable t) {
                    tables.add(t);
                }
            }
            XWPFTable header = tables.get(0);
            XWPFTable footer = tables.get(tables.size() - 1);
            List<ReadDocument.Rule> rules = new ArrayList<>();
            List<ReadLine> middle = new ArrayList<>();
            List<XWPFParagraph> middleParagraphs = new ArrayList<>();
            List<XWPFParagraph> annexParagraphs = new ArrayList<>();
            int headerAt = elements.indexOf(header);
            int footerAt = elements.indexOf(footer);
            for (int i = headerAt + 1; i < elements.size(); i++) {
                if (i == footerAt) {
                    continue;
                }
                paragraphsOf(elements.get(i), i < footerAt ? middleParagraphs : annexParagraphs);
            }
            middle.addAll(lines(middleParagraphs, rules, pageTextWidthMm(sect)));
            List<ReadLine> annexes = lines(annexParagraphs, new ArrayList<>(), pageTextWidthMm(sect));
            return new ReadDocument(
                    mm(sect.getPgSz().getW()),
                    mm(sect.getPgSz().getH()),
                    margins,
                    fonts(doc),
                    true,
                    Float.NaN,
                    pageNumbered(doc, true) || !titlePage(textSection(doc)),
                    pageNumbered(doc, false),
                    cellLines(header, 0, 0, rules),
                    cellLines(header, 0, 1, rules),
                    cellLines(header, 1, 0, rules),
                    cellLines(header, 1, 1, rules),
                    middle,
                    cellLines(footer, 0, 0, rules),
                    cellLines(footer, 0, 1, rules),
                    rules,
                    annexes,
                    restartedSections(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void paragraphsOf(IBodyElement element, List<XWPFParagraph> into) {
        if (element instanceof XWPFParagraph p) {
            into.add(p);
        } else if (element instanceof XWPFTable t) {
            for (XWPFTableRow row : t.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    into.addAll(cell.getParagraphs());
                }
            }
        }
    }

    /** Sections after the text that number their pages from 1 again (the annexes'). */
    private static int restartedSections(XWPFDocument doc) {
        List<CTSectPr> sections = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
                sections.add(p.getCTP().getPPr().getSectPr());
            }
        }
        sections.add(doc.getDocument().getBody().getSectPr());
        int restarted = 0;
        for (CTSectPr s : sections.subList(1, sections.size())) {
            if (s.isSetPgNumType()
                    && s.getPgNumType().isSetStart()
                    && BigInteger.ONE.equals(s.getPgNumType().getStart())) {
                restarted++;
            }
        }
        return restarted;
    }

    private static List<ReadLine> cellLines(XWPFTable table, int row, int column, List<ReadDocument.Rule> rules) {
        XWPFTableCell cell = table.getRow(row).getCell(column);
        double width =
                mm(new BigInteger(cell.getCTTc().getTcPr().getTcW().getW().toString()))
                        - 2 * mm(BigInteger.valueOf(table.getCellMarginLeft()));
        return lines(cell.getParagraphs(), rules, width);
    }

    /** The non-empty paragraphs as lines; an empty paragraph with a top border is a rule under the line before it. */
    private static List<ReadLine> lines(List<XWPFParagraph> paragraphs, List<ReadDocument.Rule> rules, double widthMm) {
        List<ReadLine> out = new ArrayList<>();
        ReadLine previous = null;
        for (XWPFParagraph p : paragraphs) {
            String text = text(p);
            if (text.isBlank()) {
                if (p.getBorderTop() != Borders.NONE && previous != null) {
                    double ruleWidth =
                            widthMm - (p.getIndentationLeft() + Math.max(0, p.getIndentationRight())) * MM_PER_TWIP;
                    double textWidth = TextMetrics.widthPt(
                                    previous.trimmed(), previous.bold(), previous.italic(), previous.sizePt())
                            * 25.4
                            / 72;
                    rules.add(new ReadDocument.Rule(previous.trimmed(), textWidth, ruleWidth));
                }
                continue;
            }
            previous = line(p);
            out.add(previous);
            if (p.getBorderBottom() != Borders.NONE && p.getBorderTop() != Borders.NONE) {
                // a framed line (an urgency mark): the frame is as wide as the space between its indents
                double frame = widthMm
                        - (Math.max(0, p.getIndentationLeft()) + Math.max(0, p.getIndentationRight())) * MM_PER_TWIP;
                double textWidth =
                        TextMetrics.widthPt(previous.trimmed(), previous.bold(), previous.italic(), previous.sizePt())
                                * 25.4
                                / 72;
                rules.add(new ReadDocument.Rule(previous.trimmed(), textWidth, frame));
            }
        }
        return out;
    }

    private static ReadLine line(XWPFParagraph p) {
        XWPFRun first = null;
        boolean allBold = true;
        for (XWPFRun r : p.getRuns()) {
            String t = r.text();
            if (t == null || t.isBlank()) {
                continue;
            }
            if (first == null) {
                first = r;
            }
            allBold &= r.isBold();
        }
        Double size = first.getFontSizeAsDouble();
        return new ReadLine(
                text(p),
                size == null ? 0 : size,
                first.isBold(),
                first.isItalic(),
                first.getUnderline() != UnderlinePatterns.NONE,
                allBold);
    }

    /** The paragraph's text as read: Word's non-breaking hyphen (U+2011, "04/KH‑UBND") is the hyphen it shows. */
    private static String text(XWPFParagraph p) {
        return p.getText().replace('\u2011', '-');
    }

    private static List<String> fonts(XWPFDocument doc) {
        Set<String> fonts = new LinkedHashSet<>();
        for (XWPFParagraph p : allParagraphs(doc)) {
            for (XWPFRun r : p.getRuns()) {
                if (r.text() != null && !r.text().isEmpty()) {
                    fonts.add(String.valueOf(r.getFontFamily()));
                }
            }
        }
        return List.copyOf(fonts);
    }

    private static List<XWPFParagraph> allParagraphs(XWPFDocument doc) {
        List<XWPFParagraph> all = new ArrayList<>(doc.getParagraphs());
        for (XWPFTable t : doc.getTables()) {
            for (XWPFTableRow row : t.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    all.addAll(cell.getParagraphs());
                }
            }
        }
        return all;
    }

    /** The text's own section: the first section break's, else the body's (a document without annexes). */
    private static CTSectPr textSection(XWPFDocument doc) {
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
                return p.getCTP().getPPr().getSectPr();
            }
        }
        return doc.getDocument().getBody().getSectPr();
    }

    private static boolean titlePage(CTSectPr sect) {
        return sect.isSetTitlePg();
    }

    /** Whether the first-page (or the default) header holds a PAGE field. */
    private static boolean pageNumbered(XWPFDocument doc, boolean firstPage) {
        XWPFHeaderFooterPolicy policy = doc.getHeaderFooterPolicy();
        XWPFHeader header = policy == null ? null : firstPage ? policy.getFirstPageHeader() : policy.getDefaultHeader();
        return header != null
                && header.getParagraphs().stream()
                        .anyMatch(p -> p.getCTP().xmlText().contains("PAGE"));
    }

    private static double pageTextWidthMm(CTSectPr sect) {
        return mm(sect.getPgSz().getW())
                - mm(sect.getPgMar().getLeft())
                - mm(sect.getPgMar().getRight());
    }

    private static double mm(Object twips) {
        return new BigInteger(twips.toString()).doubleValue() * MM_PER_TWIP;
    }
}
