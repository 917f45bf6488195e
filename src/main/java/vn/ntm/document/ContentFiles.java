package vn.ntm.document;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.ntm.document.layout.LayoutProfiles;

/** A rendered generation as {@link Documents} keeps it: the content handed over (JSON), its profile, both files. */
final class ContentFiles {

    // what a record derives (countLine, authorityLine) is written too, and not read back
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ContentFiles() {}

    static Documents.Files of(DocumentContent content, Issuer issuer, RenderedDocument rendered) {
        return new Documents.Files(
                JSON.writeValueAsString(content),
                LayoutProfiles.of(issuer.family()).id(),
                rendered.docx(),
                rendered.pdf());
    }

    /** The content a generation was made from, as {@link #of} kept it. */
    static DocumentContent content(String contentJson) {
        return JSON.readValue(contentJson, DocumentContent.class);
    }

    /** What the register and the lists show: the summary line, or the kind's name for a document without one. */
    static String title(DocumentContent content) {
        return content.title() == null || content.title().isBlank()
                ? content.kind().title()
                : content.title();
    }
}
