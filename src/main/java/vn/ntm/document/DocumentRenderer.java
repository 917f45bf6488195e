package vn.ntm.document;

/**
 * Writes a document's .docx and PDF in its issuer's layout and reads both back against the layout rules; a broken
 * rule fails with its Vietnamese name. Stores nothing.
 */
public interface DocumentRenderer {

    /** A draft: the number left blank. */
    RenderedDocument render(DocumentContent content, Issuer issuer);

    /** The numbered final version: the number taken from the register, the date in the content. */
    RenderedDocument render(DocumentContent content, Issuer issuer, int number);
}
