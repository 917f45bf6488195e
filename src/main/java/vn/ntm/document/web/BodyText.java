package vn.ntm.document.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ntm.document.Block;

/**
 * The body of a document typed as lines, the way a văn thư writes it in Word: "I." / "II." start a mục (level 1),
 * "1." a khoản (level 2), "a)" an điểm (level 3), "-" and "+" an item of a list (one list per run of the same marker),
 * any other line a paragraph. Empty lines only separate.
 */
final class BodyText {

    private static final Pattern ROMAN = Pattern.compile("^([IVXLC]+\\.)\\s+(.+)$");
    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,3}\\.)\\s+(.+)$");
    // Vietnamese letter order has đ and no f, j, w, z (document-layout.md §2)
    private static final Pattern LETTER = Pattern.compile("^([a-eg-iklm-vxyđ]\\))\\s+(.+)$");
    private static final Pattern ITEM = Pattern.compile("^([-+])\\s*(.+)$");

    private record Level(Pattern pattern, int level) {}

    private static final List<Level> LEVELS = List.of(new Level(ROMAN, 1), new Level(ARABIC, 2), new Level(LETTER, 3));

    private BodyText() {}

    static List<Block> parse(String text) {
        List<Block> blocks = new ArrayList<>();
        String marker = null;
        List<String> items = new ArrayList<>();
        for (String raw : lines(text)) {
            String line = raw.strip();
            Matcher item = ITEM.matcher(line);
            if (item.matches() && !line.isEmpty()) {
                if (marker != null && !marker.equals(item.group(1))) {
                    blocks.add(list(marker, items));
                    items = new ArrayList<>();
                }
                marker = item.group(1);
                items.add(item.group(2).strip());
                continue;
            }
            if (marker != null) {
                blocks.add(list(marker, items));
                marker = null;
                items = new ArrayList<>();
            }
            if (!line.isEmpty()) {
                blocks.add(block(line));
            }
        }
        if (marker != null) {
            blocks.add(list(marker, items));
        }
        return blocks;
    }

    /** The lines of a text area, split on any line ending a browser may send. */
    static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.split("\\R", -1));
    }

    /** The non-empty lines, trimmed: recipients, legal bases, Nơi nhận. */
    static List<String> nonEmptyLines(String text) {
        return lines(text).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static Block block(String line) {
        for (Level level : LEVELS) {
            Matcher m = level.pattern().matcher(line);
            if (m.matches()) {
                return new Block.Heading(level.level(), m.group(1), m.group(2).strip());
            }
        }
        return Block.Paragraph.of(line);
    }

    private static Block list(String marker, List<String> items) {
        return Block.BulletList.of(marker, items.toArray(String[]::new));
    }
}
