package vn.ntm.document;

import tools.jackson.databind.json.JsonMapper;
import vn.ntm.document.layout.LayoutProfiles;

/** A rendered generation as {@link Documents} keeps it: the content handed over (JSON), its profile, both files. */
final class ContentFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ContentFiles() {}

    static Documents.Files of(DocumentContent content, Issuer issuer, RenderedDocument rendered) {
        return new Documents.Files(
                JSON.writeValueAsString(content),
                LayoutProfiles.of(issuer.family()).id(),
                rendered.docx(),
                rendered.pdf());
    }

    /** What the register and the lists show: the summary line, or the kind's name for a document without one. */
    static String title(DocumentContent content) {
        return content.title() == null || content.title().isBlank()
                ? content.kind().title()
                : content.title();
    }
}
