package vn.ntm.document;

/** The files of one generation, each read back and checked: the Word file, the PDF and the XHTML the PDF came from. */
public record RenderedDocument(byte[] docx, byte[] pdf, String xhtml) {}
