package vn.ntm.document.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.ntm.document.LayoutFamily;
import vn.ntm.document.layout.DocumentSamples;
import vn.ntm.document.layout.LayoutProfiles;
import vn.ntm.document.layout.Layouter;

/** The preview images are the PDF's own A4 pages at 96 dpi, with ink where the header is. */
class PagePreviewTest {

    @Test
    void each_page_of_the_pdf_comes_as_an_a4_png_at_96_dpi() throws Exception {
        byte[] pdf = new PdfWriter()
                .write(new XhtmlWriter()
                        .write(new Layouter(LayoutProfiles.of(LayoutFamily.STATE))
                                .layOut(DocumentSamples.stateCongVan(), DocumentSamples.ubndHuyen(), 7)));
        PagePreview preview = new PagePreview();
        assertThat(preview.pages(pdf)).isGreaterThanOrEqualTo(1);
        BufferedImage page = ImageIO.read(new ByteArrayInputStream(preview.png(pdf, 1)));
        assertThat(page.getWidth()).isEqualTo(793);
        assertThat(page.getHeight()).isEqualTo(1122);
        // the national title's first letters sit at about 102 mm from the left, 24 mm from the top
        int dark = 0;
        for (int x = (int) (100 / 25.4 * 96); x < (int) (180 / 25.4 * 96); x++) {
            for (int y = (int) (19 / 25.4 * 96); y < (int) (25 / 25.4 * 96); y++) {
                dark += (page.getRGB(x, y) & 0xff) < 128 ? 1 : 0;
            }
        }
        assertThat(dark).isGreaterThan(100);
        assertThatThrownBy(() -> preview.png(pdf, 99)).isInstanceOf(IllegalArgumentException.class);
    }
}
