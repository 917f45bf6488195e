package vn.ntm.document.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/** Text widths in the bundled Liberation Serif faces (Times New Roman's metrics): rule lengths and fit checks. */
public final class TextMetrics {

    /** The four bundled faces. */
    public enum Face {
        REGULAR("LiberationSerif-Regular.ttf"),
        BOLD("LiberationSerif-Bold.ttf"),
        ITALIC("LiberationSerif-Italic.ttf"),
        BOLD_ITALIC("LiberationSerif-BoldItalic.ttf");

        private final String file;

        Face(String file) {
            this.file = file;
        }

        public String resource() {
            return "/documents/fonts/" + file;
        }

        public static Face of(boolean bold, boolean italic) {
            return bold ? (italic ? BOLD_ITALIC : BOLD) : (italic ? ITALIC : REGULAR);
        }
    }

    private static final Map<Face, TrueTypeFont> FONTS = new EnumMap<>(Face.class);

    private TextMetrics() {}

    /** Width in pt of one line of text. */
    public static double widthPt(String text, boolean bold, boolean italic, double sizePt) {
        TrueTypeFont font = font(Face.of(bold, italic));
        try {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            double units = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                units += font.getAdvanceWidth(cmap.getGlyphId(cp));
                i += Character.charCount(cp);
            }
            return units * sizePt / font.getUnitsPerEm();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int widthTwips(String text, boolean bold, boolean italic, double sizePt) {
        return (int) Math.round(widthPt(text, bold, italic, sizePt) * 20);
    }

    private static synchronized TrueTypeFont font(Face face) {
        return FONTS.computeIfAbsent(face, f -> {
            try (InputStream in = TextMetrics.class.getResourceAsStream(f.resource())) {
                return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
