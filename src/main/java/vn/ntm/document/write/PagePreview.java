package vn.ntm.document.write;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The browser preview: the PDF's own pages as PNG (PDFBox, pure Java), since the app's CSP forbids the XHTML's inline
 * styles and frames, and what the user sees is then what is filed.
 */
public final class PagePreview {

    public static final float DPI = 96;

    public int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Page {@code page} (from 1) as a PNG at 96 dpi. */
    public byte[] png(byte[] pdf, int page) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (page < 1 || page > doc.getNumberOfPages()) {
                throw new IllegalArgumentException("no page " + page + " of " + doc.getNumberOfPages());
            }
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page - 1, DPI, ImageType.RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
