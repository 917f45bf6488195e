package vn.ntm.document.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import vn.ntm.document.Authority;
import vn.ntm.document.Block;
import vn.ntm.document.Block.BulletList;
import vn.ntm.document.Block.Heading;
import vn.ntm.document.Block.Paragraph;
import vn.ntm.document.DocumentContent;
import vn.ntm.document.DocumentKind;
import vn.ntm.document.Issuer;
import vn.ntm.document.RenderedDocument;
import vn.ntm.document.Run;
import vn.ntm.document.SigningBlock;
import vn.ntm.document.layout.DocumentSamples;
import vn.ntm.document.layout.LayoutProfiles;

/**
 * Acceptance (design §6): seeds 000 (a Party công văn) and 002 (a UBND công văn) rebuilt from their text: the same
 * elements in the same places. Their header lines lost in extraction are inferred (DocumentSamples says which).
 */
class SeedLayoutsTest {

    private static final Path PAGES = Path.of("/tmp/i12a-pages");
    private final CheckedRenderer renderer = new CheckedRenderer();

    @Test
    void seed_000_a_party_cong_van_comes_out_with_its_elements_in_their_places() throws Exception {
        List<String> seed = seed("000_57d51a5e7edadd77.txt");
        DocumentContent content = DocumentContent.builder(DocumentKind.CONG_VAN)
                .draftYear(2026)
                .title(String.join(" ", seed.subList(3, 7)).substring("V/v ".length()))
                .recipients(List.of("Ủy ban nhân dân xã Như Thanh"))
                .body(blocks(between(seed, "Kính gửi:", "Nơi nhân:")))
                .distribution(List.of("Các đồng chí UV BTV Đảng ủy", "Các đồng chí UV BCH Đảng bộ xã"))
                .signature(SigningBlock.of(Authority.T_M, "Ban Thường vụ", "Phó Bí thư Thường trực", "Lê Thúy Lan"))
                .build();
        RenderedDocument r = renderer.render(content, DocumentSamples.dangUy());
        ReadDocument pdf =
                new PdfReadBack(LayoutProfiles.of(DocumentSamples.dangUy().family())).read(r.pdf());
        assertThat(pdf.headerRight().get(0).trimmed()).isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM");
        assertThat(pdf.headerLeft())
                .extracting(ReadLine::trimmed)
                .containsExactly("ĐẢNG BỘ TỈNH THANH HÓA", "ĐẢNG ỦY XÃ NHƯ THANH", "*");
        assertThat(pdf.numberCell().get(0).trimmed()).isEqualTo("Số    -CV/ĐU");
        // the V/v wraps into the seed's own four lines in the 76 mm column (design §2.4)
        assertThat(pdf.numberCell().subList(1, 5))
                .extracting(ReadLine::trimmed)
                .containsExactlyElementsOf(seed.subList(3, 7));
        assertThat(collapse(pdf.dateCell().get(0).text())).isEqualTo(seed.get(1));
        assertThat(pdf.middle().get(0).trimmed()).isEqualTo(seed.get(7).strip());
        assertInOrder(pdf.middle(), "1. Tham mưu", "2. Xây dựng Kế hoạch thực hiện", "3. Xây dựng Kế hoạch phát triển");
        assertThat(pdf.footerLeft())
                .extracting(ReadLine::trimmed)
                .containsExactly(
                        "Nơi nhận:",
                        "- Như kính gửi,",
                        "- Các đồng chí UV BTV Đảng ủy,",
                        "- Các đồng chí UV BCH Đảng bộ xã,",
                        "- Lưu Văn phòng Đảng ủy.");
        assertThat(pdf.footerRight())
                .extracting(ReadLine::trimmed)
                .containsExactly("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Lê Thúy Lan");
        assertPositions(r.pdf(), 0.230, 0.730, "ĐẢNG ỦY XÃ NHƯ THANH", "ĐẢNG CỘNG SẢN VIỆT NAM");
        assertRuleUnder(r.pdf(), "seed-000", "ĐẢNG CỘNG SẢN VIỆT NAM");
    }

    @Test
    void seed_002_a_ubnd_cong_van_comes_out_with_its_elements_in_their_places() throws Exception {
        List<String> seed = seed("002_29f1b7b7db62c20b.txt");
        Issuer issuer = DocumentSamples.ubndHuyen();
        DocumentContent content = DocumentContent.builder(DocumentKind.CONG_VAN)
                .draftYear(2024)
                .draftingUnit("NN")
                // stand-in: the seed's V/v was lost in extraction (design §6.2)
                .title("tập trung thực hiện các nhiệm vụ xây dựng nông thôn mới")
                .recipients(List.of("Các cơ quan, đơn vị huyện", "Ủy ban nhân dân các xã"))
                .body(blocks(between(seed, "- Ủy ban nhân dân các xã.", "Nơi nhận:")))
                .distribution(List.of("TT: Huyện ủy, HĐND huyện", "Chủ tịch, PCT UBND huyện"))
                .signature(SigningBlock.of(Authority.KT, "Chủ tịch", "Phó Chủ tịch", "Phong Vĩnh Cường"))
                .build();
        RenderedDocument r = renderer.render(content, issuer);
        ReadDocument pdf = new PdfReadBack(LayoutProfiles.of(issuer.family())).read(r.pdf());
        assertThat(pdf.headerRight())
                .extracting(ReadLine::trimmed)
                .containsExactly(
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", seed.get(0).strip());
        assertThat(pdf.headerLeft())
                .extracting(ReadLine::trimmed)
                .containsExactly("ỦY BAN NHÂN DÂN", "HUYỆN TAM ĐƯỜNG");
        assertThat(pdf.numberCell().get(0).trimmed()).isEqualTo("Số:      /UBND-NN");
        assertThat(collapse(pdf.dateCell().get(0).text())).isEqualTo(collapse(seed.get(1)));
        assertThat(pdf.middle())
                .extracting(ReadLine::trimmed)
                .startsWith("Kính gửi:", "- Các cơ quan, đơn vị huyện;", "- Ủy ban nhân dân các xã.");
        assertInOrder(
                pdf.middle(),
                "Căn cứ Công văn số 4316/UBND-KTN",
                "1. Các cơ quan, đơn vị huyện",
                "2. Phòng Nông nghiệp",
                "3. Ủy ban nhân dân các xã");
        assertThat(pdf.middle().get(pdf.middle().size() - 1).trimmed()).endsWith("nghiêm túc triển khai thực hiện./.");
        // the seed ends its list "- Lưu: VT./."; the profile writes the drafting unit: "- Lưu: VT, NN."
        assertThat(pdf.footerLeft())
                .extracting(ReadLine::trimmed)
                .containsExactly(
                        "Nơi nhận:",
                        "- Như trên;",
                        "- TT: Huyện ủy, HĐND huyện;",
                        "- Chủ tịch, PCT UBND huyện;",
                        "- Lưu: VT, NN.");
        assertThat(pdf.footerRight())
                .extracting(ReadLine::trimmed)
                .containsExactly("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phong Vĩnh Cường");
        assertPositions(r.pdf(), 0.205, 0.705, "HUYỆN TAM ĐƯỜNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertRuleUnder(r.pdf(), "seed-002", "Độc lập - Tự do - Hạnh phúc");
    }

    /** Header blocks centred where DL §3 puts them (share of the text width, ± 2 %); Số and date on one baseline. */
    private static void assertPositions(byte[] pdf, double left, double right, String leftText, String rightText)
            throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PdfReadBack.Line> lines = PdfReadBack.lines(doc);
            double width = 165;
            assertThat((line(lines, leftText).centreMm() - 30) / width).isCloseTo(left, within(0.02));
            assertThat((line(lines, rightText).centreMm() - 30) / width).isCloseTo(right, within(0.02));
            PdfReadBack.Line number = lines.stream()
                    .filter(l -> l.text().trimmed().startsWith("Số"))
                    .findFirst()
                    .orElseThrow();
            PdfReadBack.Line date = lines.stream()
                    .filter(l -> l.text().text().contains(", ngày"))
                    .findFirst()
                    .orElseThrow();
            assertThat(number.baselineMm()).isCloseTo(date.baselineMm(), within(0.5));
            assertThat(line(lines, rightText).baselineMm() - 20)
                    .as("first line at the top margin")
                    .isBetween(2.0, 6.0);
        }
    }

    /** The page as pixels (pdftoppm, 150 dpi): a dark run under the text as long as the text (± 5 %). */
    private static void assertRuleUnder(byte[] pdf, String name, String text) throws Exception {
        assumeThat(Path.of("/usr/bin/pdftoppm"))
                .as("poppler-utils (scripts/install-test-packages)")
                .exists();
        Files.createDirectories(PAGES);
        Path file = PAGES.resolve(name + ".pdf");
        Files.write(file, pdf);
        run("pdftoppm", "-r", "60", "-png", file.toString(), PAGES.resolve(name).toString());
        run(
                "pdftoppm",
                "-r",
                "150",
                "-gray",
                "-f",
                "1",
                "-l",
                "1",
                file.toString(),
                PAGES.resolve(name + "-gray").toString());
        Path pgm = Files.list(PAGES)
                .filter(p -> p.getFileName().toString().startsWith(name + "-gray"))
                .findFirst()
                .orElseThrow();
        Gray page = Gray.read(pgm);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PdfReadBack.Line line = line(PdfReadBack.lines(doc), text);
            double pxPerMm = 150 / 25.4;
            int longest = 0;
            for (int y = (int) (line.baselineMm() * pxPerMm); y < (line.baselineMm() + 4) * pxPerMm; y++) {
                int run = 0;
                for (int x = (int) ((line.fromMm() - 10) * pxPerMm); x < (line.toMm() + 10) * pxPerMm; x++) {
                    run = page.at(x, y) < 160 ? run + 1 : 0;
                    longest = Math.max(longest, run);
                }
            }
            assertThat(longest / pxPerMm)
                    .as("rule under " + text)
                    .isCloseTo(line.toMm() - line.fromMm(), within((line.toMm() - line.fromMm()) * 0.05));
        }
    }

    private record Gray(int width, byte[] pixels, int offset) {
        static Gray read(Path pgm) throws IOException {
            byte[] b = Files.readAllBytes(pgm);
            String[] head = new String(b, 0, 64, StandardCharsets.US_ASCII).split("\\s+");
            int width = Integer.parseInt(head[1]);
            int offset = 0;
            for (int fields = 0; fields < 4; offset++) {
                if (Character.isWhitespace(b[offset]) && (offset == 0 || !Character.isWhitespace(b[offset - 1]))) {
                    fields++;
                }
            }
            return new Gray(width, b, offset);
        }

        int at(int x, int y) {
            return pixels[offset + y * width + x] & 0xff;
        }
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command)).isZero();
    }

    private static PdfReadBack.Line line(List<PdfReadBack.Line> lines, String text) {
        return lines.stream()
                .filter(l -> l.text().trimmed().equals(text))
                .findFirst()
                .orElseThrow();
    }

    private static void assertInOrder(List<ReadLine> lines, String... starts) {
        int at = -1;
        for (String start : starts) {
            int found = -1;
            for (int i = at + 1; i < lines.size(); i++) {
                if (lines.get(i).trimmed().startsWith(start)) {
                    found = i;
                    break;
                }
            }
            assertThat(found).as(start).isGreaterThan(at);
            at = found;
        }
    }

    /** The seed's body as blocks: "1. …" khoản headings, "- …" and "+ …" items, the rest paragraphs. */
    static List<Block> blocks(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String raw : lines) {
            String line = raw.strip();
            boolean starts = line.matches("^\\d+\\. .*")
                    || line.startsWith("- ")
                    || line.startsWith("+ ")
                    || paragraph.length() == 0
                    || paragraph.toString().matches(".*[.:;)]$");
            if (starts && paragraph.length() > 0) {
                blocks.add(block(paragraph.toString()));
                paragraph.setLength(0);
            }
            paragraph.append(paragraph.length() == 0 ? "" : " ").append(line);
        }
        if (paragraph.length() > 0) {
            blocks.add(block(paragraph.toString()));
        }
        return blocks;
    }

    private static Block block(String text) {
        if (text.matches("^\\d+\\. .*")) {
            int dot = text.indexOf(". ");
            return new Heading(2, text.substring(0, dot + 1), text.substring(dot + 2));
        }
        String t = text.startsWith("- + ") ? text.substring(2) : text;
        if (t.startsWith("- ") || t.startsWith("+ ")) {
            return new BulletList(t.substring(0, 1), List.of(new Paragraph(runs(t.substring(2)))));
        }
        return new Paragraph(runs(t));
    }

    /** "**bold**" and "***bold italic***" as the seed marks them. */
    private static List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        boolean bold = false;
        boolean italic = false;
        for (String part : text.split("\\*{2,3}", -1)) {
            if (!part.isEmpty()) {
                runs.add(new Run(part, bold, italic));
            }
            bold = !bold;
            italic = text.contains("***") && bold;
        }
        return runs.isEmpty() ? List.of(Run.plain(text)) : runs;
    }

    private static List<String> between(List<String> seed, String after, String before) {
        int from = -1;
        int to = seed.size();
        for (int i = 0; i < seed.size(); i++) {
            if (from < 0 && seed.get(i).strip().startsWith(after)) {
                from = i + 1;
            } else if (from >= 0 && seed.get(i).strip().startsWith(before)) {
                to = i;
                break;
            }
        }
        return seed.subList(from, to);
    }

    /** The seed's non-empty lines, from ../shared/seeds when present, else the copy under src/test/resources. */
    private static List<String> seed(String file) throws IOException {
        Path shared = Path.of("../shared/seeds", file);
        String text;
        if (Files.exists(shared)) {
            text = Files.readString(shared);
        } else {
            try (InputStream in = SeedLayoutsTest.class.getResourceAsStream("/seeds/" + file)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return text.lines()
                .map(l -> l.replaceAll("\\s+$", ""))
                .filter(l -> !l.isBlank())
                .map(l -> l.replaceAll("^\\s+", ""))
                .toList();
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
