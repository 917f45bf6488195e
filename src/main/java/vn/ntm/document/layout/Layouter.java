package vn.ntm.document.layout;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.ntm.document.Block;
import vn.ntm.document.DocumentContent;
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
import vn.ntm.text.VietnameseDates;

/** Content × the issuer's profile → a laid-out document. Every string is NFC-normalised here. */
public final class Layouter {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final LayoutProfile profile;

    public Layouter(LayoutProfile profile) {
        this.profile = profile;
    }

    public LaidOutDocument layOut(DocumentContent content, Issuer issuer, Integer number) {
        return new LaidOutDocument(
                profile, header(content, issuer, number), title(content), body(content), footer(content));
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
        numberCell.add(headerLine(Role.NUMBER, "number", shown.display(), 0, true));
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
        String place = content.place() != null ? content.place() : issuer.place();
        int year = content.draftYear() != null
                ? content.draftYear()
                : LocalDate.now(VietnameseDates.ZONE).getYear();
        Para date = headerLine(Role.DATE, "date", DateLine.of(nfc(place), content.date(), year), 0, true);
        List<List<List<Para>>> rows = List.of(List.of(left, right), List.of(numberCell, List.of(date)));
        return new Grid(columns, rows, false, profile.geometry().cellMarginTwips());
    }

    private List<Laid> title(DocumentContent content) {
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

    private List<Laid> body(DocumentContent content) {
        List<Laid> out = new ArrayList<>();
        boolean state = profile.drawsRules();
        List<String> bases = content.legalBases();
        for (int i = 0; i < bases.size(); i++) {
            boolean last = i == bases.size() - 1;
            String text = nfc(bases.get(i));
            String line = state ? ending(text, last ? "." : ";") : "- " + ending(text, last ? "," : ";");
            out.add(bodyPara(Role.LEGAL_BASIS, List.of(span(line, profile.style("legalBasis")))));
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
                out.set(
                        i,
                        new Para(
                                p.role(),
                                spans,
                                p.align(),
                                p.leftTwips(),
                                p.firstLineTwips(),
                                p.beforePt(),
                                p.lineHeightPt(),
                                p.ruleTwips(),
                                p.keepBlanks()));
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
        left.add(footerLine(Role.DISTRIBUTION, List.of(span("- " + archive + ".", lineStyle))));
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
        return headerLine(role, element, text, ruleTwips, false);
    }

    private Para headerLine(Role role, String element, String text, int ruleTwips, boolean keepBlanks) {
        Style style = profile.style(element);
        return para(
                role,
                List.of(span(text, style)),
                Align.CENTER,
                0,
                0,
                0,
                lineHeight(style.size()),
                ruleTwips,
                keepBlanks);
    }

    private Para centred(Role role, String element, String text, double beforePt, int ruleTwips) {
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
                false);
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
        return new Para(role, spans, align, left, firstLine, before, lineHeight, rule, keepBlanks);
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
        return new Span(text, style.size(), style.bold(), style.italic(), style.underline());
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
        return nfc(text).toUpperCase(VI);
    }
}
