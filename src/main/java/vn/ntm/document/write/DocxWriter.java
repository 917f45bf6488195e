package vn.ntm.document.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import vn.ntm.document.layout.LaidOutDocument;
import vn.ntm.document.layout.LaidOutDocument.Align;
import vn.ntm.document.layout.LaidOutDocument.Grid;
import vn.ntm.document.layout.LaidOutDocument.Laid;
import vn.ntm.document.layout.LaidOutDocument.Para;
import vn.ntm.document.layout.LaidOutDocument.Role;
import vn.ntm.document.layout.LaidOutDocument.Span;
import vn.ntm.document.layout.LayoutProfile;

/**
 * Writes a laid-out document as .docx with POI: Times New Roman in every run (the user's Word has it), the profile's
 * A4 margins, page numbers from page 2 (an empty first-page header), exact line heights, borderless header and footer
 * tables whose edge sits on the text margin (table indent = cell margin, design §1.4a).
 */
public final class DocxWriter {

    public static final String FONT = "Times New Roman";
    /** Space between a rule and the text above it: the dots below (ậ, ự) must not touch it (design §1.3). */
    private static final double RULE_LINE_PT = 4;

    public byte[] write(LaidOutDocument laid) {
        try (XWPFDocument doc = new XWPFDocument()) {
            defaults(doc);
            LayoutProfile.Page page = laid.profile().page();
            section(doc, page);
            pageNumbers(doc, laid.profile().style("pageNumber").size());
            table(doc, laid.header());
            for (Laid item : laid.title()) {
                add(doc, item, page.textWidthTwips());
            }
            for (Laid item : laid.body()) {
                add(doc, item, page.textWidthTwips());
            }
            XWPFParagraph gap = doc.createParagraph();
            gap.setSpacingBefore(120);
            table(doc, laid.footer());
            annexes(doc, laid.annexes(), page.textWidthTwips());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Each annex in a section of its own that starts a page and numbers its pages from 1 (DL §1). A section's
     * properties sit in its last paragraph; the document's last section is the body's: the text's section is a copy of
     * it made before the annexes change it (same page, margins and headers, page 1 unnumbered).
     */
    private void annexes(XWPFDocument doc, List<List<Laid>> annexes, int widthTwips) {
        if (annexes.isEmpty()) {
            return;
        }
        CTSectPr body = doc.getDocument().getBody().getSectPr();
        CTSectPr text = (CTSectPr) body.copy();
        XWPFParagraph end = doc.createParagraph();
        end.getCTP().addNewPPr().setSectPr(text);
        body.unsetTitlePg();
        body.addNewPgNumType().setStart(BigInteger.ONE);
        for (int i = 0; i < annexes.size(); i++) {
            annexes.get(i).forEach(item -> add(doc, item, widthTwips));
            if (i < annexes.size() - 1) {
                XWPFParagraph last = doc.createParagraph();
                last.getCTP().addNewPPr().setSectPr((CTSectPr) body.copy());
            }
        }
    }

    /** Times New Roman for every script of a run or of the document's defaults. */
    private static void timesNewRoman(CTFonts fonts) {
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
    }

    private static void defaults(XWPFDocument doc) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        timesNewRoman(fonts);
        doc.createStyles().setDefaultFonts(fonts);
        doc.getStyles().setSpellingLanguage("vi-VN");
    }

    private static void section(XWPFDocument doc, LayoutProfile.Page page) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(page.widthTwips()));
        size.setH(BigInteger.valueOf(page.heightTwips()));
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(page.marginTopTwips()));
        margins.setBottom(BigInteger.valueOf(page.marginBottomTwips()));
        margins.setLeft(BigInteger.valueOf(page.marginLeftTwips()));
        margins.setRight(BigInteger.valueOf(page.marginRightTwips()));
        margins.setHeader(BigInteger.valueOf(page.headerDistanceTwips()));
        margins.setFooter(BigInteger.valueOf(page.headerDistanceTwips()));
    }

    /** Page 1 gets an empty header (titlePg), every other page a centred PAGE field. */
    private static void pageNumbers(XWPFDocument doc, double sizePt) {
        doc.createHeader(HeaderFooterType.FIRST).createParagraph();
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        CTR r = field.addNewR();
        CTRPr props = r.addNewRPr();
        timesNewRoman(props.addNewRFonts());
        props.addNewSz().setVal(BigInteger.valueOf(Math.round(sizePt * 2)));
        r.addNewT().setStringValue("2");
    }

    private void add(XWPFDocument doc, Laid item, int widthTwips) {
        if (item instanceof Para p) {
            paragraph(doc.createParagraph(), p, widthTwips, () -> doc.createParagraph());
        } else if (item instanceof Grid g) {
            table(doc, g);
        }
    }

    private static void table(XWPFDocument doc, Grid grid) {
        int columns = grid.columnsTwips().length;
        XWPFTable table = doc.createTable(grid.rows().size(), columns);
        CTTblPr props = table.getCTTbl().getTblPr();
        props.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblWidth indent = props.isSetTblInd() ? props.getTblInd() : props.addNewTblInd();
        indent.setW(BigInteger.valueOf(grid.cellMarginTwips()));
        indent.setType(STTblWidth.DXA);
        table.setWidth(Integer.toString(grid.widthTwips()));
        table.setCellMargins(0, grid.cellMarginTwips(), 0, grid.cellMarginTwips());
        XWPFBorderType border = grid.bordered() ? XWPFBorderType.SINGLE : XWPFBorderType.NONE;
        int size = grid.bordered() ? 4 : 0;
        table.setTopBorder(border, size, 0, "000000");
        table.setBottomBorder(border, size, 0, "000000");
        table.setLeftBorder(border, size, 0, "000000");
        table.setRightBorder(border, size, 0, "000000");
        table.setInsideHBorder(border, size, 0, "000000");
        table.setInsideVBorder(border, size, 0, "000000");
        CTTblGrid columnGrid = table.getCTTbl().getTblGrid() != null
                ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        for (int c = 0; c < columns; c++) {
            (c < columnGrid.sizeOfGridColArray() ? columnGrid.getGridColArray(c) : columnGrid.addNewGridCol())
                    .setW(BigInteger.valueOf(grid.columnsTwips()[c]));
        }
        for (int r = 0; r < grid.rows().size(); r++) {
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = table.getRow(r).getCell(c);
                cell.setWidth(Integer.toString(grid.columnsTwips()[c]));
                int inner = grid.columnsTwips()[c] - 2 * grid.cellMarginTwips();
                List<Para> paras = grid.cell(r, c);
                XWPFParagraph first = cell.getParagraphs().get(0);
                for (int i = 0; i < paras.size(); i++) {
                    paragraph(i == 0 ? first : cell.addParagraph(), paras.get(i), inner, cell::addParagraph);
                }
            }
        }
    }

    /** Writes one paragraph; a rule under it goes in a thin paragraph of its own with a top border. */
    private static void paragraph(XWPFParagraph p, Para para, int widthTwips, Supplier<XWPFParagraph> next) {
        p.setAlignment(alignment(para.align()));
        if (para.leftTwips() != 0) {
            p.setIndentationLeft(para.leftTwips());
        }
        if (para.firstLineTwips() > 0) {
            p.setIndentationFirstLine(para.firstLineTwips());
        } else if (para.firstLineTwips() < 0) {
            p.setIndentationHanging(-para.firstLineTwips());
        }
        if (para.frameTwips() > 0) {
            // a one-line frame (an urgency mark): the paragraph's box, its sides set in by the indents
            int side = Math.max(0, (widthTwips - para.frameTwips()) / 2);
            p.setIndentationLeft(side);
            p.setIndentationRight(side);
            p.setBorderTop(Borders.SINGLE);
            p.setBorderBottom(Borders.SINGLE);
            p.setBorderLeft(Borders.SINGLE);
            p.setBorderRight(Borders.SINGLE);
            // the frame is part of the stamp: an urgency stamp is red, frame and letters (DL §8a)
            String colour = para.spans().isEmpty() ? null : para.spans().get(0).colour();
            if (colour != null) {
                CTPBdr sides = p.getCTP().getPPr().getPBdr();
                for (CTBorder edge : List.of(sides.getTop(), sides.getBottom(), sides.getLeft(), sides.getRight())) {
                    edge.setColor(colour);
                }
            }
        }
        p.setSpacingBefore((int) Math.round(para.beforePt() * 20));
        p.setSpacingAfter(0);
        p.setSpacingBetween(para.lineHeightPt(), LineSpacingRule.EXACT);
        for (Span span : para.spans()) {
            run(p.createRun(), span, para.role() != Role.NUMBER);
        }
        if (para.spans().isEmpty() || para.text().isEmpty()) {
            run(
                    p.createRun(),
                    new Span(
                            "",
                            para.spans().isEmpty() ? 12 : para.spans().get(0).sizePt(),
                            false,
                            false,
                            false));
        }
        if (para.ruleTwips() > 0) {
            XWPFParagraph rule = next.get();
            int side = Math.max(0, (widthTwips - para.ruleTwips()) / 2);
            rule.setIndentationLeft(side);
            rule.setIndentationRight(side);
            rule.setSpacingBefore(0);
            rule.setSpacingAfter(0);
            rule.setSpacingBetween(RULE_LINE_PT, LineSpacingRule.EXACT);
            rule.setBorderTop(Borders.SINGLE);
        }
    }

    private static void run(XWPFRun r, Span span) {
        run(r, span, false);
    }

    /**
     * One run; with {@code keepTokens} a hyphen inside "04/KH-UBND" is Word's non-breaking hyphen, so Word keeps the
     * token on one line as the PDF does (NoBreakTokens). The number line is left as typed: it never wraps in its cell.
     */
    private static void run(XWPFRun r, Span span, boolean keepTokens) {
        List<String> parts = keepTokens ? hyphenParts(span.text()) : List.of(span.text());
        r.setText(parts.get(0));
        if (r.getCTR().sizeOfTArray() > 0) {
            CTText t = r.getCTR().getTArray(0);
            t.setSpace(SpaceAttribute.Space.PRESERVE);
        }
        for (String part : parts.subList(1, parts.size())) {
            r.getCTR().addNewNoBreakHyphen();
            CTText t = r.getCTR().addNewT();
            t.setStringValue(part);
            t.setSpace(SpaceAttribute.Space.PRESERVE);
        }
        CTFonts fonts = r.getCTR().isSetRPr() && r.getCTR().getRPr().sizeOfRFontsArray() > 0
                ? r.getCTR().getRPr().getRFontsArray(0)
                : (r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr()).addNewRFonts();
        timesNewRoman(fonts);
        r.setFontSize(span.sizePt());
        r.setBold(span.bold());
        r.setItalic(span.italic());
        if (span.underline()) {
            r.setUnderline(UnderlinePatterns.SINGLE);
        }
        if (span.colour() != null) {
            r.setColor(span.colour());
        }
    }

    /** The text cut at each hyphen inside a no-break token ("454/KH-UBND" → "454/KH", "UBND"). */
    private static List<String> hyphenParts(String text) {
        List<String> parts = new ArrayList<>();
        Matcher m = NoBreakTokens.TOKEN.matcher(text);
        int from = 0;
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                if (text.charAt(i) == '-') {
                    parts.add(text.substring(from, i));
                    from = i + 1;
                }
            }
        }
        parts.add(text.substring(from));
        return parts;
    }

    private static ParagraphAlignment alignment(Align align) {
        return switch (align) {
            case LEFT -> ParagraphAlignment.LEFT;
            case CENTER -> ParagraphAlignment.CENTER;
            case RIGHT -> ParagraphAlignment.RIGHT;
            case JUSTIFY -> ParagraphAlignment.BOTH;
        };
    }
}
