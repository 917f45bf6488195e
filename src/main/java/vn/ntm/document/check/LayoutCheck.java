package vn.ntm.document.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.ntm.document.Authority;
import vn.ntm.document.LayoutFamily;
import vn.ntm.document.layout.LaidOutDocument;
import vn.ntm.document.layout.LaidOutDocument.Grid;
import vn.ntm.document.layout.LaidOutDocument.Para;
import vn.ntm.document.layout.LaidOutDocument.Role;
import vn.ntm.document.layout.LayoutProfile;
import vn.ntm.document.layout.Style;
import vn.ntm.document.layout.TextMetrics;
import vn.ntm.text.Messages;

/**
 * Checks a file read back against the layout rules of its profile (design §5.2) and against the laid-out document it
 * was written from; returns every broken rule, not just the first.
 */
public final class LayoutCheck {

    private static final Pattern COUNT = Pattern.compile("(\\d+)/(\\d+)");

    private final LaidOutDocument laid;
    private final LayoutProfile profile;
    private final boolean state;

    public LayoutCheck(LaidOutDocument laid) {
        this.laid = laid;
        this.profile = laid.profile();
        this.state = profile.family() == LayoutFamily.STATE;
    }

    /** Throws {@link LayoutRuleBroken} naming every broken rule. */
    public void require(ReadDocument read, String file) {
        List<Violation> broken = check(read);
        if (!broken.isEmpty()) {
            throw new LayoutRuleBroken(file, broken);
        }
    }

    public List<Violation> check(ReadDocument read) {
        List<Violation> out = new ArrayList<>();
        page(read, out);
        fonts(read, out);
        vietnamese(read, out);
        if (state) {
            nationalTitle(read, out);
        } else {
            partyTitle(read, out);
        }
        issuer(read, out);
        number(read, out);
        date(read, out);
        title(read, out);
        marks(read, out);
        decision(read, out);
        recipients(read, out);
        closing(read, out);
        distribution(read, out);
        signing(read, out);
        pageNumbers(read, out);
        counts(read, out);
        return out;
    }

    private void page(ReadDocument read, List<Violation> out) {
        LayoutProfile.Page p = profile.page();
        boolean a4 = Math.abs(read.pageWidthMm() - 210) < 1 && Math.abs(read.pageHeightMm() - 297) < 1;
        double[][] ranges = {
            p.marginTopRangeMm(), p.marginBottomRangeMm(), p.marginLeftRangeMm(), p.marginRightRangeMm()
        };
        boolean inside = true;
        for (int i = 0; i < 4; i++) {
            double m = read.marginsMm()[i];
            inside &= Double.isNaN(m) || (m >= ranges[i][0] - 0.5 && m <= ranges[i][1] + 0.5);
        }
        if (!a4 || !inside) {
            out.add(Violation.of(
                    LayoutRule.KHO_GIAY_LE,
                    "page",
                    mm(read.pageWidthMm()),
                    mm(read.pageHeightMm()),
                    Stream.of(0, 1, 2, 3).map(i -> mm(read.marginsMm()[i])).collect(Collectors.joining("/"))));
        }
    }

    private void fonts(ReadDocument read, List<Violation> out) {
        boolean pdf = !Float.isNaN(read.pdfVersion());
        for (String font : read.fonts()) {
            boolean ok = pdf ? font.contains("LiberationSerif") : "Times New Roman".equals(font);
            if (!ok) {
                out.add(Violation.of(LayoutRule.PHONG_CHU, "font", font));
                return;
            }
        }
        if (pdf && !read.fontsEmbedded()) {
            out.add(Violation.of(LayoutRule.PHONG_CHU, "notEmbedded"));
        }
        if (pdf && read.pdfVersion() < 1.4f) {
            out.add(Violation.of(LayoutRule.PHONG_CHU, "pdfVersion", read.pdfVersion()));
        }
    }

    /** Every paragraph laid out comes back with its letters (NFC), in order; nothing unreadable. */
    private void vietnamese(ReadDocument read, List<Violation> out) {
        // compared without spaces: a PDF line may break after a hyphen ("2021-" / "2025") or inside a justified gap
        String all = allLines(read).stream()
                .map(ReadLine::text)
                .collect(Collectors.joining())
                .replaceAll("\\s+", "");
        if (all.indexOf('\uFFFD') >= 0) {
            out.add(Violation.of(LayoutRule.CHU_TIENG_VIET, "unreadable"));
            return;
        }
        for (Para p : laidParagraphs()) {
            String expected = p.text().replaceAll("\\s+", "");
            // a table cell wraps inside its column, so its lines interleave with its neighbours': its words must read
            // back
            boolean found = p.role() == Role.TABLE_CELL
                    ? Stream.of(p.text().strip().split("\\s+")).allMatch(all::contains)
                    : all.contains(expected);
            if (!expected.isEmpty() && !found) {
                out.add(Violation.of(LayoutRule.CHU_TIENG_VIET, "missing", shorten(collapse(p.text()))));
                return;
            }
        }
    }

    private void nationalTitle(ReadDocument read, List<Violation> out) {
        List<ReadLine> right = read.headerRight();
        boolean ok = right.size() >= 2
                && right.get(0).trimmed().equals(profile.text("nationalTitle"))
                && styled(right.get(0), "nationalTitle")
                && right.get(1).trimmed().equals(profile.text("motto"))
                && styled(right.get(1), "motto");
        if (!ok) {
            out.add(Violation.of(
                    LayoutRule.QUOC_HIEU_TIEU_NGU, "text", profile.text("nationalTitle"), profile.text("motto")));
            return;
        }
        ruleUnder(read, profile.text("motto"), 0.95, 1.05)
                .ifPresent(w -> out.add(Violation.of(LayoutRule.QUOC_HIEU_TIEU_NGU, "rule", w)));
    }

    private void partyTitle(ReadDocument read, List<Violation> out) {
        List<ReadLine> right = read.headerRight();
        String title = profile.text("partyTitle");
        if (right.isEmpty() || !right.get(0).trimmed().equals(title) || !styled(right.get(0), "partyTitle")) {
            out.add(Violation.of(LayoutRule.TIEU_DE_DANG, "text", title));
            return;
        }
        if (allLines(read).stream().anyMatch(l -> l.text().contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA"))) {
            out.add(Violation.of(LayoutRule.TIEU_DE_DANG, "nationalTitle"));
        }
        ruleUnder(read, title, 0.95, 1.05).ifPresent(w -> out.add(Violation.of(LayoutRule.TIEU_DE_DANG, "rule", w)));
    }

    private void issuer(ReadDocument read, List<Violation> out) {
        List<ReadLine> left = read.headerLeft();
        List<String> expected = texts(laid.header().cell(0, 0));
        List<String> found = left.stream().map(ReadLine::trimmed).toList();
        if (!found.equals(expected)) {
            out.add(Violation.of(LayoutRule.TEN_CO_QUAN_BAN_HANH, "lines", String.join(" / ", found)));
            return;
        }
        List<Para> paras = laid.header().cell(0, 0);
        for (int i = 0; i < paras.size(); i++) {
            Para p = paras.get(i);
            ReadLine line = left.get(i);
            String element = p.role() == Role.SUPERIOR ? "superior" : p.role() == Role.ISSUER ? "issuer" : null;
            if (element == null) {
                continue;
            }
            if (!line.trimmed().equals(line.trimmed().toUpperCase(Messages.VIETNAMESE)) || !styled(line, element)) {
                out.add(Violation.of(LayoutRule.TEN_CO_QUAN_BAN_HANH, "style", line.trimmed()));
                return;
            }
        }
        if (state) {
            // the rule is measured against the name's widest line, as the layout draws it ("ỦY BAN NHÂN DÂN" over a
            // shorter "XÃ KHE TRE")
            String last = expected.get(expected.size() - 1);
            double widestMm = expected.stream()
                    .mapToDouble(l -> TextMetrics.widthPt(
                                    l, true, false, profile.style("issuer").size())
                            * 25.4
                            / 72)
                    .max()
                    .orElse(0);
            ruleUnder(read, last, widestMm, 0.30, 0.52)
                    .ifPresent(w -> out.add(Violation.of(LayoutRule.TEN_CO_QUAN_BAN_HANH, "rule", w)));
        } else if (!expected.get(expected.size() - 1).equals(profile.text("issuerSeparator"))) {
            out.add(Violation.of(LayoutRule.TEN_CO_QUAN_BAN_HANH, "mark"));
        }
    }

    private void number(ReadDocument read, List<Violation> out) {
        String expected = laid.header().cell(1, 0).get(0).text();
        if (read.numberCell().isEmpty()) {
            out.add(Violation.of(LayoutRule.SO_KY_HIEU, "missing"));
            return;
        }
        ReadLine line = read.numberCell().get(0);
        String found = line.text().replaceAll("\\s+$", "");
        Pattern format = state
                ? Pattern.compile("^Số: (0[1-9]|[1-9]\\d+| +)/\\p{L}+(-\\p{L}+)?$")
                : Pattern.compile("^Số (0[1-9]|[1-9]\\d+| *)-\\p{L}+/\\p{L}+$");
        if (!format.matcher(found).matches()) {
            out.add(Violation.of(LayoutRule.SO_KY_HIEU, "format", found, state ? "Số: 04/KH-UBND" : "Số 66-KH/ĐU"));
        } else if (!found.equals(expected) || !styled(line, "number")) {
            out.add(Violation.of(LayoutRule.SO_KY_HIEU, "differs", found, expected));
        }
    }

    private void date(ReadDocument read, List<Violation> out) {
        String expected = laid.header().cell(1, 1).get(0).text();
        String place = expected.substring(0, expected.indexOf(", ngày"));
        Pattern format = Pattern.compile("^" + Pattern.quote(place)
                + ", ngày (0[1-9]|[12]\\d|3[01]| +) tháng (0[12]|[3-9]|1[0-2]| +) năm \\d{4}$");
        if (read.dateCell().isEmpty()) {
            out.add(Violation.of(LayoutRule.DIA_DANH_NGAY_THANG, "missing"));
            return;
        }
        ReadLine line = read.dateCell().get(0);
        String found = line.text().strip();
        if (!format.matcher(found).matches() || !collapse(found).equals(collapse(expected))) {
            out.add(Violation.of(LayoutRule.DIA_DANH_NGAY_THANG, "format", found));
        } else if (!styled(line, "date")) {
            out.add(Violation.of(LayoutRule.DIA_DANH_NGAY_THANG, "style", found));
        }
    }

    private void title(ReadDocument read, List<Violation> out) {
        Optional<Para> letter = laid.header().cell(1, 0).stream()
                .filter(p -> p.role() == Role.LETTER_SUMMARY)
                .findFirst();
        if (letter.isPresent()) {
            List<String> marks = markParas().stream().map(Para::text).toList();
            List<ReadLine> cell = read.numberCell().stream()
                    .filter(l -> !marks.contains(l.trimmed()))
                    .toList();
            String found = cell.stream().skip(1).map(ReadLine::text).collect(Collectors.joining(" "));
            boolean ok = cell.size() >= 2
                    && collapse(found).equals(collapse(letter.get().text()))
                    && found.startsWith(profile.text("letterPrefix").strip())
                    && styled(cell.get(1), "letterSummary");
            if (!ok) {
                out.add(Violation.of(LayoutRule.TEN_LOAI_TRICH_YEU, "letter", shorten(found)));
            }
            return;
        }
        List<ReadLine> middle = read.middle();
        String kind = laid.title().stream()
                .filter(l -> l instanceof Para p && p.role() == Role.KIND)
                .map(l -> ((Para) l).text())
                .findFirst()
                .orElse("");
        int at = indexOf(middle, kind);
        if (at < 0 || !styled(middle.get(at), "kind")) {
            out.add(Violation.of(LayoutRule.TEN_LOAI_TRICH_YEU, "kind", kind));
            return;
        }
        if (!state && indexOf(middle, profile.text("summarySeparator")) < 0) {
            out.add(Violation.of(LayoutRule.TEN_LOAI_TRICH_YEU, "mark"));
        }
    }

    /** Độ mật and độ khẩn under the number: IN HOA, bold, in the profile's size; a state mark in its frame. */
    private void marks(ReadDocument read, List<Violation> out) {
        for (Para p : markParas()) {
            String element = p.role() == Role.SECRECY ? "secrecy" : "urgency";
            Optional<ReadLine> line = read.numberCell().stream()
                    .filter(l -> l.trimmed().equals(p.text()))
                    .findFirst();
            if (line.isEmpty()) {
                out.add(Violation.of(LayoutRule.DAU_HIEU_MAT_KHAN, "missing", p.text()));
                continue;
            }
            ReadLine l = line.get();
            if (!l.trimmed().equals(l.trimmed().toUpperCase(Messages.VIETNAMESE)) || !styled(l, element)) {
                out.add(Violation.of(LayoutRule.DAU_HIEU_MAT_KHAN, "style", p.text()));
            } else if (p.frameTwips() > 0) {
                double frameMm = p.frameTwips() * 25.4 / 1440;
                ruleUnder(read, p.text(), frameMm, 0.95, 1.05)
                        .ifPresent(w -> out.add(Violation.of(LayoutRule.DAU_HIEU_MAT_KHAN, "frame", p.text(), w)));
            }
        }
    }

    /** A state Quyết định: the deciding authority under the trích yếu and "QUYẾT ĐỊNH:" before the articles, bold. */
    private void decision(ReadDocument read, List<Violation> out) {
        List<Para> expected = Stream.concat(laid.title().stream(), laid.body().stream())
                .filter(l -> l instanceof Para p && (p.role() == Role.DECIDING_AUTHORITY || p.role() == Role.DECISION))
                .map(l -> (Para) l)
                .toList();
        for (Para p : expected) {
            int at = indexOf(read.middle(), p.text());
            String element = p.role() == Role.DECISION ? "decision" : "decidingAuthority";
            if (at < 0 || !styled(read.middle().get(at), element)) {
                out.add(Violation.of(LayoutRule.BO_CUC_NOI_DUNG, "decision", p.text()));
            }
        }
    }

    private List<Para> markParas() {
        return laid.header().cell(1, 0).stream()
                .filter(p -> p.role() == Role.SECRECY || p.role() == Role.URGENCY)
                .toList();
    }

    private void recipients(ReadDocument read, List<Violation> out) {
        boolean expected =
                laid.title().stream().anyMatch(l -> l instanceof Para p && p.role() == Role.RECIPIENTS_LABEL);
        boolean found = read.middle().stream().anyMatch(l -> l.trimmed().startsWith(profile.text("recipientsLabel")));
        boolean letter = laid.header().cell(1, 0).stream().anyMatch(p -> p.role() == Role.LETTER_SUMMARY);
        if ((expected || letter) && !found) {
            out.add(Violation.of(LayoutRule.KINH_GUI, "missing"));
        }
    }

    private void closing(ReadDocument read, List<Violation> out) {
        String mark = profile.text("closingMark");
        List<ReadLine> middle = read.middle();
        if (middle.isEmpty() || !middle.get(middle.size() - 1).trimmed().endsWith(mark)) {
            out.add(Violation.of(LayoutRule.BO_CUC_NOI_DUNG, "closing", mark));
        }
    }

    private void distribution(ReadDocument read, List<Violation> out) {
        List<ReadLine> left = read.footerLeft();
        if (left.isEmpty() || !left.get(0).trimmed().equals(profile.text("distributionLabel"))) {
            out.add(Violation.of(LayoutRule.NOI_NHAN, "label", profile.text("distributionLabel")));
            return;
        }
        ReadLine label = left.get(0);
        Style labelStyle = profile.style("distributionLabel");
        boolean underlineOk = label.underline() == null || label.underline() == labelStyle.underline();
        if (!styled(label, "distributionLabel") || !underlineOk) {
            out.add(Violation.of(LayoutRule.NOI_NHAN, "labelStyle"));
        }
        List<ReadLine> lines = new ArrayList<>(left.subList(1, left.size()));
        if (!drafter(lines, out)) {
            return;
        }
        String end = profile.text("distributionEnd");
        String archive = "- " + profile.text("archive");
        if (lines.isEmpty()
                || !lines.get(lines.size() - 1).trimmed().startsWith(archive)
                || !lines.get(lines.size() - 1).trimmed().endsWith(".")) {
            out.add(Violation.of(LayoutRule.NOI_NHAN, "archive", archive));
            return;
        }
        for (int i = 0; i < lines.size() - 1; i++) {
            String t = lines.get(i).trimmed();
            if (!t.startsWith("- ") || !t.endsWith(end) || !styled(lines.get(i), "distribution")) {
                out.add(Violation.of(LayoutRule.NOI_NHAN, "line", t, end));
                return;
            }
        }
        boolean hasRecipients =
                laid.title().stream().anyMatch(l -> l instanceof Para p && p.role() == Role.RECIPIENTS_LABEL);
        if (hasRecipients && !lines.get(0).trimmed().startsWith("- " + profile.text("asAbove"))) {
            out.add(Violation.of(LayoutRule.NOI_NHAN, "asAbove", profile.text("asAbove")));
        }
    }

    /**
     * The drafter's code and copies ("PL.(300)") close the Nơi nhận (DL §2 #27): taken off the lines (a PDF may join
     * it to the "Lưu" line above), then checked IN HOA in its size. False when it is missing.
     */
    private boolean drafter(List<ReadLine> lines, List<Violation> out) {
        Optional<Para> expected = laid.footer().cell(0, 0).stream()
                .filter(p -> p.role() == Role.DRAFTER)
                .findFirst();
        if (expected.isEmpty()) {
            return true;
        }
        String code = expected.get().text();
        ReadLine last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
        if (last != null && last.trimmed().equals(code)) {
            lines.remove(lines.size() - 1);
            if (!styled(last, "drafter")) {
                out.add(Violation.of(LayoutRule.NOI_NHAN, "drafter", code));
            }
            return true;
        }
        if (last != null && last.trimmed().endsWith(" " + code)) {
            String archive = last.trimmed()
                    .substring(0, last.trimmed().length() - code.length())
                    .strip();
            lines.set(
                    lines.size() - 1,
                    new ReadLine(archive, last.sizePt(), last.bold(), last.italic(), last.underline(), last.allBold()));
            return true;
        }
        out.add(Violation.of(LayoutRule.NOI_NHAN, "drafter", code));
        return false;
    }

    private void signing(ReadDocument read, List<Violation> out) {
        List<ReadLine> right = read.footerRight();
        List<String> expected = texts(laid.footer().cell(0, 1));
        if (right.isEmpty()) {
            out.add(Violation.of(LayoutRule.THAM_QUYEN_KY, "missing"));
            return;
        }
        ReadLine first = right.get(0);
        for (Authority a : Authority.values()) {
            if (first.trimmed().startsWith(a.prefix() + " ")) {
                if (!profile.authorities().contains(a)) {
                    out.add(Violation.of(LayoutRule.THAM_QUYEN_KY, "prefix", a.prefix()));
                    return;
                }
                if (!styled(first, "authority")) {
                    out.add(Violation.of(LayoutRule.THAM_QUYEN_KY, "style", first.trimmed()));
                    return;
                }
            }
        }
        List<String> found = right.stream().map(ReadLine::trimmed).toList();
        if (!found.equals(expected)) {
            out.add(Violation.of(LayoutRule.THAM_QUYEN_KY, "lines", String.join(" / ", found)));
            return;
        }
        ReadLine position = right.get(right.size() - 2);
        ReadLine name = right.get(right.size() - 1);
        if (!styled(position, "position") || !styled(name, "signer")) {
            out.add(Violation.of(LayoutRule.THAM_QUYEN_KY, "style", position.trimmed()));
        }
    }

    private void pageNumbers(ReadDocument read, List<Violation> out) {
        if (read.firstPageNumbered()) {
            out.add(Violation.of(LayoutRule.DANH_SO_TRANG, "firstPage"));
        }
        if (!read.laterPagesNumbered()) {
            out.add(Violation.of(LayoutRule.DANH_SO_TRANG, "laterPages"));
        }
        if (read.restartedSections() != laid.annexes().size()) {
            out.add(Violation.of(
                    LayoutRule.DANH_SO_TRANG, "annexes", laid.annexes().size(), read.restartedSections()));
        }
    }

    /** A printed "n/m" over listed items: n must equal the items listed right under it in the file. */
    private void counts(ReadDocument read, List<Violation> out) {
        List<ReadLine> middle = read.middle();
        for (Para p : laidParagraphs()) {
            if (p.role() != Role.COUNT) {
                continue;
            }
            // the words before the count find the line; the count itself is what is checked
            Matcher laidCount = COUNT.matcher(p.text());
            String head = collapse(laidCount.find() ? p.text().substring(0, laidCount.start()) : p.text());
            int at = -1;
            for (int i = 0; i < middle.size(); i++) {
                if (collapse(middle.get(i).text()).startsWith(head)) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                out.add(Violation.of(LayoutRule.SO_LIEU_NHAT_QUAN, "missing", shorten(head)));
                continue;
            }
            Matcher m = COUNT.matcher(middle.get(at).text());
            int listed = 0;
            for (int i = at + 1; i < middle.size() && middle.get(i).trimmed().startsWith("- "); i++) {
                listed++;
            }
            if (!m.find() || Integer.parseInt(m.group(1)) != listed) {
                out.add(Violation.of(LayoutRule.SO_LIEU_NHAT_QUAN, "count", m.find(0) ? m.group() : "?", listed));
            }
        }
    }

    /** Empty when a rule of the right length is drawn under that text; else the width found, as text. */
    private Optional<String> ruleUnder(ReadDocument read, String text, double min, double max) {
        return ruleUnder(read, text, Double.NaN, min, max);
    }

    /** The rule under {@code text}, against {@code textMm} (NaN: the width of that line as read). */
    private Optional<String> ruleUnder(ReadDocument read, String text, double textMm, double min, double max) {
        for (ReadDocument.Rule r : read.rules()) {
            if (r.textAbove().equals(text)) {
                double against = Double.isNaN(textMm) ? r.textWidthMm() : Math.max(textMm, r.textWidthMm());
                double ratio = r.ruleWidthMm() / against;
                return ratio >= min && ratio <= max
                        ? Optional.empty()
                        : Optional.of(mm(r.ruleWidthMm()) + " mm / " + mm(against) + " mm");
            }
        }
        return Optional.of("0 mm");
    }

    private boolean styled(ReadLine line, String element) {
        Style style = profile.style(element);
        return style.allows(line.sizePt()) && line.bold() == style.bold() && line.italic() == style.italic();
    }

    private List<Para> laidParagraphs() {
        List<Para> all = new ArrayList<>();
        laid.header().rows().forEach(row -> row.forEach(all::addAll));
        Stream.concat(laid.title().stream(), laid.body().stream()).forEach(l -> {
            if (l instanceof Para p) {
                all.add(p);
            } else if (l instanceof Grid g) {
                g.rows().forEach(row -> row.forEach(all::addAll));
            }
        });
        laid.footer().rows().forEach(row -> row.forEach(all::addAll));
        laid.annexes()
                .forEach(annex -> annex.forEach(l -> {
                    if (l instanceof Para p) {
                        all.add(p);
                    } else if (l instanceof Grid g) {
                        g.rows().forEach(row -> row.forEach(all::addAll));
                    }
                }));
        return all;
    }

    private static List<ReadLine> allLines(ReadDocument read) {
        return Stream.of(
                        read.headerLeft(),
                        read.headerRight(),
                        read.numberCell(),
                        read.dateCell(),
                        read.middle(),
                        read.footerLeft(),
                        read.footerRight(),
                        read.annexes())
                .flatMap(List::stream)
                .toList();
    }

    private static List<String> texts(List<Para> paras) {
        return paras.stream()
                .map(p -> p.text().strip())
                .filter(t -> !t.isEmpty())
                .toList();
    }

    private static int indexOf(List<ReadLine> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trimmed().equals(text)) {
                return i;
            }
        }
        return -1;
    }

    private static String collapse(String text) {
        return text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    private static String mm(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
