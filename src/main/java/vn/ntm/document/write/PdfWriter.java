package vn.ntm.document.write;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import vn.ntm.document.layout.TextMetrics.Face;

/**
 * Writes the XHTML page as PDF with openhtmltopdf: the four bundled Liberation Serif faces (Times New Roman's metrics)
 * embedded as subsets, so the product and its readers need no system font.
 */
public final class PdfWriter {

    private static final Map<Face, byte[]> FACES = new EnumMap<>(Face.class);

    public byte[] write(String xhtml) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            for (Face face : Face.values()) {
                byte[] bytes = bytes(face);
                boolean bold = face == Face.BOLD || face == Face.BOLD_ITALIC;
                boolean italic = face == Face.ITALIC || face == Face.BOLD_ITALIC;
                builder.useFont(
                        () -> new ByteArrayInputStream(bytes),
                        XhtmlWriter.FONT,
                        bold ? 700 : 400,
                        italic ? FontStyle.ITALIC : FontStyle.NORMAL,
                        true);
            }
            builder.useUnicodeLineBreaker(new NoBreakTokens());
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized byte[] bytes(Face face) {
        return FACES.computeIfAbsent(face, f -> {
            try (InputStream in = PdfWriter.class.getResourceAsStream(f.resource())) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
