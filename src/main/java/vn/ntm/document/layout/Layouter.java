package vn.ntm.document.layout;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ntm.document.Authority;
import vn.ntm.document.Block;
import vn.ntm.document.DocumentContent;
import vn.ntm.document.DocumentKind;
import vn.ntm.document.DocumentNumber;
import vn.ntm.document.Issuer;
import vn.ntm.document.Run;
import vn.ntm.document.SigningBlock;
import vn.ntm.document.layout.LaidOutDocument.Align;
import vn.ntm.document.layout.LaidOutDocument.Grid;
import vn.ntm.document.layout.LaidOutDocument.Laid;
import vn.ntm.document.layout.LaidOutDocument.Para;
import vn.ntm.document.layout.LaidOutDocument.Role;
import vn.ntm.document.layout.LaidOutDocument.Span;
import vn.ntm.text.Messages;
import vn.ntm.text.VietnameseDates;

/** Content × the issuer's profile → a laid-out document. Every string is NFC-normalised here. */
public final class Layouter {

    private static final double PT_PER_MM = 72 / 25.4;

    private final LayoutProfile profile;

    public Layouter(LayoutProfile profile) {
        this.profile = profile;
    }

    public LaidOutDocument layOut(DocumentContent content, Issuer issuer, Integer number) {
        return new LaidOutDocument(
                profile,
                header(content, issuer, number),
                title(content, issuer),
                body(content, issuer),
                footer(content),
                annexes(content, issuer, number));
    }

    private Grid header(DocumentContent content, Issuer issuer, Integer number) {
        int[] columns = profile.geometry().headerColumnsTwips();
        int inner = columns[0] - 2 * profile.geometry().cellMarginTwips();
        List<Para> left = new ArrayList<>();
        if (issuer.superiorLine() != null && !issuer.superiorLine().isBlank()) {
            left.add(headerLine(Role.SUPERIOR, "superior", upper(issuer.superiorLine()), 0));
        }
        List<String> lines = issuer.lines().stream().map(Layouter::upper).toList();
        int widest = lines.stream()
                .mapToInt(l -> TextMetrics.widthTwips(
                        l, true, false, profile.style("issuer").size()))
                .max()
                .orElse(0);
        for (int i = 0; i < lines.size(); i++) {
            boolean last = i == lines.size() - 1;
            int rule = last && profile.drawsRules()
                    ? Math.min(
                            inner, (int) Math.round(widest * profile.geometry().issuerRuleFraction()))
                    : 0;
            left.add(headerLine(Role.ISSUER, "issuer", lines.get(i), rule));
        }
        if (!profile.drawsRules()) {
            left.add(headerLine(Role.ISSUER_MARK, "issuerMark", profile.text("issuerSeparator"), 0));
        }
        List<Para> right = new ArrayList<>();
        if (profile.text("nationalTitle") != null) {
            right.add(headerLine(Role.NATIONAL_TITLE, "nationalTitle", profile.text("nationalTitle"), 0));
            String motto = profile.text("motto");
            right.add(
                    headerLine(Role.MOTTO, "motto", motto, TextMetrics.widthTwips(motto, true, false, size("motto"))));
        } else {
            String title = profile.text("partyTitle");
            Style style = profile.style("partyTitle");
            right.add(headerLine(
                    Role.PARTY_TITLE, "partyTitle", title, TextMetrics.widthTwips(title, true, false, style.size())));
        }
        DocumentNumber shown = DocumentNumber.of(content.kind(), issuer, number, content.draftingUnit());
        List<Para> numberCell = new ArrayList<>();
        numberCell.add(centred(Role.NUMBER, "number", shown.display(), 0, 0, true));
        if (content.kind().isLetter()) {
            Style style = profile.style("letterSummary");
            numberCell.add(para(
                    Role.LETTER_SUMMARY,
                    List.of(span(profile.text("letterPrefix") + nfc(content.title()), style)),
                    Align.CENTER,
                    0,
                    0,
                    6,
                    lineHeight(style.size()),
                    0,
                    false));
        }
        if (content.secrecy() != null) {
            numberCell.add(mark(Role.SECRECY, "secrecy", content.secrecy().text(), inner));
        }
        if (content.urgency() != null) {
            numberCell.add(mark(Role.URGENCY, "urgency", content.urgency().text(), inner));
        }
        String place = content.place() != null ? content.place() : issuer.place();
        int year = draftYear(content);
        Para date = centred(Role.DATE, "date", DateLine.of(nfc(place), content.date(), year), 0, 0, true);
        List<List<List<Para>>> rows = List.of(List.of(left, right), List.of(numberCell, List.of(date)));
        return new Grid(columns, rows, false, profile.geometry().cellMarginTwips());
    }

    private List<Laid> title(DocumentContent content, Issuer issuer) {
        List<Laid> out = new ArrayList<>();
        if (!content.kind().isLetter()) {
            out.add(centred(Role.KIND, "kind", content.kind().title(), 12, 0));
            if (content.titleSecondLine() != null) {
                out.add(centred(Role.TITLE_SECOND_LINE, "titleSecondLine", upper(content.titleSecondLine()), 0, 0));
            }
            String summary = nfc(content.title());
            int rule = profile.drawsRules()
                    ? (int) Math.round(TextMetrics.widthTwips(summary, true, false, size("summary"))
                            * profile.geometry().summaryRuleFraction())
                    : 0;
            out.add(centred(
                    Role.SUMMARY,
                    "summary",
                    summary,
                    0,
                    Math.min(rule, profile.page().textWidthTwips() / 2)));
            if (!profile.drawsRules()) {
                out.add(centred(Role.SUMMARY_MARK, "summaryMark", profile.text("summarySeparator"), 0, 0));
            }
            if (decides(content.kind())) {
                String authority = content.decidingAuthority() != null
                        ? content.decidingAuthority()
                        : String.join(" ", issuer.lines());
                out.add(centred(Role.DECIDING_AUTHORITY, "decidingAuthority", upper(authority), 12, 0));
            }
        }
        out.addAll(recipients(content.recipients()));
        return out;
    }

    private List<Para> recipients(List<String> recipients) {
        if (recipients.isEmpty()) {
            return List.of();
        }
        Style label = profile.style("recipientsLabel");
        Style name = profile.style("recipient");
        String labelText = profile.text("recipientsLabel");
        double height = profile.geometry().bodyLineHeightPt();
        int labelIndent = profile.geometry().recipientsLabelIndentTwips();
        if (recipients.size() == 1) {
            return List.of(para(
                    Role.RECIPIENTS_LABEL,
                    List.of(span(labelText + " ", label), span(ending(nfc(recipients.get(0)), "."), name)),
                    Align.LEFT,
                    0,
                    labelIndent,
                    12,
                    height,
                    0,
                    false));
        }
        List<Para> out = new ArrayList<>();
        out.add(para(
                Role.RECIPIENTS_LABEL,
                List.of(span(labelText, label)),
                Align.LEFT,
                0,
                labelIndent,
                12,
                height,
                0,
                false));
        for (int i = 0; i < recipients.size(); i++) {
            String end = i == recipients.size() - 1 ? "." : ";";
            out.add(para(
                    Role.RECIPIENT,
                    List.of(span("- " + ending(nfc(recipients.get(i)), end), name)),
                    Align.LEFT,
                    profile.geometry().recipientsIndentTwips(),
                    0,
                    0,
                    height,
                    0,
                    false));
        }
        return out;
    }

    private List<Laid> body(DocumentContent content, Issuer issuer) {
        List<Laid> out = new ArrayList<>();
        boolean state = profile.drawsRules();
        List<String> bases = new ArrayList<>(content.legalBases());
        // a Quyết định's "Theo đề nghị của …" closes its Căn cứ (DL §2 #10)
        if (state && content.proposal() != null && !content.proposal().isBlank()) {
            bases.add(content.proposal());
        }
        for (int i = 0; i < bases.size(); i++) {
            boolean last = i == bases.size() - 1;
            String text = nfc(bases.get(i));
            String line = state ? ending(text, last ? "." : ";") : "- " + ending(text, last ? "," : ";");
            out.add(bodyPara(Role.LEGAL_BASIS, List.of(span(line, profile.style("legalBasis")))));
        }
        if (decides(content.kind())) {
            out.add(centred(Role.DECISION, "decision", content.kind().decisionLine(), 6, 0));
        } else if (content.kind().decisionLine() != null && "SENTENCE".equals(profile.text("decisionBlock"))) {
            out.add(bodyPara(Role.DECISION, List.of(span(partyDecision(content, issuer), profile.style("decision")))));
        }
        content.body().forEach(block -> addBlock(block, out));
        closeLastParagraph(out);
        return out;
    }

    private void addBlock(Block block, List<Laid> out) {
        Style body = profile.style("body");
        if (block instanceof Block.Heading h) {
            out.add(heading(h));
        } else if (block instanceof Block.Paragraph p) {
            out.add(bodyPara(Role.BODY, spans(p.runs(), body)));
        } else if (block instanceof Block.BulletList l) {
            for (Block.Paragraph item : l.items()) {
                List<Span> spans = new ArrayList<>();
                spans.add(span(l.marker() + " ", body));
                spans.addAll(spans(item.runs(), body));
                out.add(bodyPara(Role.BODY, spans));
            }
        } else if (block instanceof Block.CountedList c) {
            out.add(bodyPara(Role.COUNT, List.of(span(nfc(c.countLine()), body))));
            c.items().forEach(item -> out.add(bodyPara(Role.BODY, List.of(span("- " + nfc(item), body)))));
        } else if (block instanceof Block.Table t) {
            out.add(table(t));
        } else if (block instanceof Block.Article a) {
            String title = a.title() == null ? "" : " " + nfc(a.title());
            out.add(bodyPara(Role.HEADING, List.of(span(a.label() + title, profile.style("heading1")))));
            a.blocks().forEach(b -> addBlock(b, out));
        }
    }

    private Para heading(Block.Heading h) {
        String label = h.level() == 1 ? romanLabel(h.label()) : h.label();
        String text = h.text() == null ? "" : nfc(h.text());
        Style style = profile.style("heading" + Math.min(3, Math.max(1, h.level())));
        String shown = h.level() == 1 ? upper(text) : text;
        boolean bold = style.bold() && !(h.level() == 2 && text.isEmpty());
        Span s = new Span(label + (shown.isEmpty() ? "" : " " + shown), style.size(), bold, false, false);
        return bodyPara(Role.HEADING, List.of(s));
    }

    /** "I." or "I-" as the profile says (Party: unconfirmed which, DL §7). */
    private String romanLabel(String label) {
        String bare = label.replaceAll("[.\\-]+$", "");
        return bare.matches("[IVXLC]+") ? bare + profile.text("romanSeparator") : label;
    }

    private Grid table(Block.Table t) {
        int n = t.columns().size();
        int width = profile.page().textWidthTwips();
        int[] columns = new int[n];
        for (int i = 0; i < n; i++) {
            columns[i] = width / n;
        }
        Style body = profile.style("body");
        double size = body.min();
        List<List<List<Para>>> rows = new ArrayList<>();
        rows.add(t.columns().stream()
                .map(c -> List.of(cellPara(new Span(nfc(c), size, true, false, false), Align.CENTER)))
                .toList());
        for (List<String> row : t.rows()) {
            rows.add(row.stream()
                    .map(c -> List.of(cellPara(new Span(nfc(c), size, false, false, false), Align.LEFT)))
                    .toList());
        }
        return new Grid(columns, rows, true, profile.geometry().cellMarginTwips());
    }

    private Para cellPara(Span span, Align align) {
        return para(Role.TABLE_CELL, List.of(span), align, 0, 0, 0, lineHeight(span.sizePt()), 0, false);
    }

    /** The last body paragraph ends with the profile's closing mark ("./."). */
    private void closeLastParagraph(List<Laid> out) {
        for (int i = out.size() - 1; i >= 0; i--) {
            if (out.get(i) instanceof Para p && (p.role() == Role.BODY || p.role() == Role.HEADING)) {
                List<Span> spans = new ArrayList<>(p.spans());
                Span last = spans.remove(spans.size() - 1);
                // a span of bare punctuation joins the word before it: the PDF writer breaks lines between spans
                if (!spans.isEmpty() && last.text().matches("[.;:,\\s]*")) {
                    last = spans.remove(spans.size() - 1);
                }
                String text = last.text().replaceAll("(\\./\\.|[\\s.;:,])+$", "") + profile.text("closingMark");
                spans.add(new Span(text, last.sizePt(), last.bold(), last.italic(), last.underline()));
                out.set(i, p.withSpans(spans));
                return;
            }
        }
    }

    private Grid footer(DocumentContent content) {
        String end = profile.text("distributionEnd");
        Style lineStyle = profile.style("distribution");
        List<Para> left = new ArrayList<>();
        left.add(footerLine(
                Role.DISTRIBUTION_LABEL,
                List.of(span(profile.text("distributionLabel"), profile.style("distributionLabel")))));
        if (!content.recipients().isEmpty()) {
            left.add(footerLine(Role.DISTRIBUTION, List.of(span("- " + profile.text("asAbove") + end, lineStyle))));
        }
        for (String line : content.distribution()) {
            left.add(footerLine(Role.DISTRIBUTION, List.of(span("- " + ending(nfc(line), end), lineStyle))));
        }
        String archive = profile.text("archive");
        if (profile.drawsRules() && content.draftingUnit() != null) {
            archive = archive + ", " + content.draftingUnit();
        }
        if (content.archiveCopies() != null && profile.text("archiveCopies") != null) {
            archive = archive + " "
                    + profile.text("archiveCopies").replace("{0}", DocumentNumber.twoDigits(content.archiveCopies()));
        }
        left.add(footerLine(Role.DISTRIBUTION, List.of(span("- " + archive + ".", lineStyle))));
        if (content.drafterCode() != null && !content.drafterCode().isBlank()) {
            String copies = content.printedCopies() == null ? "" : "(" + content.printedCopies() + ")";
            left.add(footerLine(
                    Role.DRAFTER,
                    List.of(span(
                            upper(content.drafterCode()).replaceAll("\\.$", "") + "." + copies,
                            profile.style("drafter")))));
        }
        List<Para> right = new ArrayList<>();
        SigningBlock s = content.signature();
        if (s.authorityLine() != null) {
            right.add(centred(Role.AUTHORITY, "authority", upper(s.authorityLine()), 0, 0));
        }
        right.add(centred(Role.POSITION, "position", upper(s.position()), 0, 0));
        for (int i = 0; i < profile.geometry().signatureGapLines(); i++) {
            right.add(centred(Role.GAP, "signer", "", 0, 0));
        }
        right.add(centred(Role.SIGNER, "signer", nfc(s.name()), 0, 0));
        return new Grid(
                profile.geometry().footerColumnsTwips(),
                List.of(List.of(left, right)),
                false,
                profile.geometry().cellMarginTwips());
    }

    private Para footerLine(Role role, List<Span> spans) {
        return para(role, spans, Align.LEFT, 0, 0, 0, lineHeight(spans.get(0).sizePt()), 0, false);
    }

    private Para headerLine(Role role, String element, String text, int ruleTwips) {
        return centred(role, element, text, 0, ruleTwips, false);
    }

    private Para centred(Role role, String element, String text, double beforePt, int ruleTwips) {
        return centred(role, element, text, beforePt, ruleTwips, false);
    }

    /** A centred one-element line with its exact height; {@code keepBlanks} for an undated draft's blanks. */
    private Para centred(Role role, String element, String text, double beforePt, int ruleTwips, boolean keepBlanks) {
        Style style = profile.style(element);
        return para(
                role,
                List.of(span(text, style)),
                Align.CENTER,
                0,
                0,
                beforePt,
                lineHeight(style.size()),
                ruleTwips,
                keepBlanks);
    }

    private Para bodyPara(Role role, List<Span> spans) {
        return para(
                role,
                spans,
                Align.JUSTIFY,
                0,
                profile.geometry().firstLineIndentTwips(),
                profile.geometry().paragraphBeforePt(),
                profile.geometry().bodyLineHeightPt(),
                0,
                false);
    }

    private static Para para(
            Role role,
            List<Span> spans,
            Align align,
            int left,
            int firstLine,
            double before,
            double lineHeight,
            int rule,
            boolean keepBlanks) {
        return new Para(role, spans, align, left, firstLine, before, lineHeight, rule, keepBlanks, 0);
    }

    /**
     * An urgency or secrecy mark under the number: IN HOA bold, in the narrowest of the profile's frames that holds it
     * (DL §2 #25; a Party mark has none, DL §7), the frame as high as the profile says.
     */
    private Para mark(Role role, String element, String text, int cellTwips) {
        Style style = profile.style(element);
        double[] frames = profile.geometry().markFramesMm();
        int frame = 0;
        double height = lineHeight(style.size());
        if (frames.length > 0) {
            double needMm = TextMetrics.widthPt(text, true, false, style.size()) / PT_PER_MM + 2;
            double chosen = frames[frames.length - 1];
            for (double f : frames) {
                if (f >= needMm) {
                    chosen = f;
                    break;
                }
            }
            frame = Math.min(cellTwips, (int) Math.round(Math.max(chosen, needMm) * 1440 / 25.4));
            height = Math.round(profile.geometry().markFrameHeightMm() * PT_PER_MM * 10) / 10.0;
        }
        return new Para(role, List.of(span(text, style)), Align.CENTER, 0, 0, 6, height, 0, false, frame);
    }

    /**
     * A Party Quyết định or Nghị quyết closes its Căn cứ with the subject sentence ("Ban Thường vụ … quyết định:", DL
     * §7): the deciding body the content names, else the collective it signs for with the issuer's name.
     */
    private static String partyDecision(DocumentContent content, Issuer issuer) {
        String verb = content.kind().decisionLine().replace(":", "").toLowerCase(Messages.VIETNAMESE);
        String subject = content.decidingAuthority();
        if (subject == null || subject.isBlank()) {
            SigningBlock signature = content.signature();
            String collective = signature.authority() == Authority.T_M && signature.title() != null
                    ? upper(signature.title()) + " "
                    : "";
            subject = collective
                    + String.join(
                            " ", issuer.lines().stream().map(Layouter::upper).toList());
        }
        return nfc(subject.strip()) + " " + verb + ":";
    }

    /** A state Quyết định or Nghị quyết prints its deciding authority and "QUYẾT ĐỊNH:" (DL §2 template obs.). */
    private boolean decides(DocumentKind kind) {
        return kind.decisionLine() != null && "CENTRED".equals(profile.text("decisionBlock"));
    }

    /**
     * Each annex on pages of its own: "Phụ lục" (with a Roman numeral when there are two or more), its title IN HOA,
     * the "(Kèm theo … số … ngày … của …)" line, then its body (DL §2 #24).
     */
    private List<List<Laid>> annexes(DocumentContent content, Issuer issuer, Integer number) {
        List<List<Laid>> out = new ArrayList<>();
        List<DocumentContent.Annex> annexes = content.annexes();
        DocumentNumber shown = DocumentNumber.of(content.kind(), issuer, number, content.draftingUnit());
        String kind = content.kind().isLetter()
                ? "văn bản"
                : sentenceCase(content.kind().title());
        String day = content.date() == null
                ? DateLine.of("", null, draftYear(content)).substring(2)
                : DateLine.words(content.date());
        String reference = "(" + profile.text("annexReference") + " " + kind + " số " + shown.citation() + " " + day
                + " của " + nfc(issuer.citedName()) + ")";
        for (int i = 0; i < annexes.size(); i++) {
            DocumentContent.Annex annex = annexes.get(i);
            String label = profile.text("annexLabel") + (annexes.size() > 1 ? " " + ROMAN[i] : "");
            List<Laid> laid = new ArrayList<>();
            laid.add(centred(Role.ANNEX_LABEL, "annexLabel", label, 0, 0));
            laid.add(centred(Role.ANNEX_TITLE, "annexTitle", upper(annex.title()), 0, 0));
            laid.add(centred(Role.ANNEX_REFERENCE, "annexReference", reference, 0, 0, true));
            annex.body().forEach(block -> addBlock(block, laid));
            out.add(laid);
        }
        return out;
    }

    private static final String[] ROMAN = {
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
        "XVIII", "XIX", "XX"
    };

    private static String sentenceCase(String upper) {
        String lower = upper.toLowerCase(Messages.VIETNAMESE);
        return lower.substring(0, 1).toUpperCase(Messages.VIETNAMESE) + lower.substring(1);
    }

    private static int draftYear(DocumentContent content) {
        return content.draftYear() != null
                ? content.draftYear()
                : LocalDate.now(VietnameseDates.ZONE).getYear();
    }

    private List<Span> spans(List<Run> runs, Style base) {
        return runs.stream()
                .map(r -> new Span(
                        nfc(r.text()),
                        base.size(),
                        base.bold() || r.bold(),
                        base.italic() || r.italic(),
                        base.underline()))
                .toList();
    }

    private static Span span(String text, Style style) {
        return new Span(text, style.size(), style.bold(), style.italic(), style.underline(), style.colour());
    }

    private double size(String element) {
        return profile.style(element).size();
    }

    /** About single spacing for Times New Roman, as an exact height both writers can reproduce (design §2.1). */
    static double lineHeight(double sizePt) {
        return Math.round(1.15 * sizePt);
    }

    private static String ending(String text, String end) {
        return text.replaceAll("[\\s.;:,]+$", "") + end;
    }

    static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static String upper(String text) {
        return nfc(text).toUpperCase(Messages.VIETNAMESE);
    }
}
