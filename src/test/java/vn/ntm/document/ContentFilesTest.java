package vn.ntm.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.ntm.document.layout.DocumentSamples;

/** A draft's content is kept as JSON and read back whole when it is numbered: every kind of block survives. */
class ContentFilesTest {

    @Test
    void the_content_kept_with_a_generation_reads_back_equal_for_state_and_party_samples() {
        for (DocumentContent content : new DocumentContent[] {
            DocumentSamples.stateCongVan(),
            DocumentSamples.partyCongVan(),
            DocumentSamples.stateKeHoach(),
            DocumentSamples.partyKeHoach(),
            DocumentSamples.stateQuyetDinh()
        }) {
            String json = ContentFiles.of(
                            content, DocumentSamples.ubndXa(), new RenderedDocument(new byte[1], new byte[1], ""))
                    .contentJson();
            assertThat(ContentFiles.content(json)).isEqualTo(content);
        }
    }
}
