package vn.ntm.document.check;

import java.util.List;

/**
 * A written file as the checks see it, the same shape for the .docx and the PDF: page size and margins (mm), fonts,
 * page numbering, and the text by zone: header (row 1 left/right, the number cell, the date cell), the lines between
 * header and footer, the footer's left and right. {@code ruleWidthsMm} lists the rules drawn in the header and title
 * block with the text line above each ({@code null} when unknown); a framed line counts as a rule under itself.
 * {@code annexes}: the lines after the signing block, on the annexes' pages; {@code restartedSections}: how many parts
 * after the text number their pages from 1 again.
 */
public record ReadDocument(
        double pageWidthMm,
        double pageHeightMm,
        double[] marginsMm,
        List<String> fonts,
        boolean fontsEmbedded,
        float pdfVersion,
        boolean firstPageNumbered,
        boolean laterPagesNumbered,
        List<ReadLine> headerLeft,
        List<ReadLine> headerRight,
        List<ReadLine> numberCell,
        List<ReadLine> dateCell,
        List<ReadLine> middle,
        List<ReadLine> footerLeft,
        List<ReadLine> footerRight,
        List<Rule> rules,
        List<ReadLine> annexes,
        int restartedSections) {

    /** A drawn rule and the text it is drawn under. */
    public record Rule(String textAbove, double textWidthMm, double ruleWidthMm) {}
}
