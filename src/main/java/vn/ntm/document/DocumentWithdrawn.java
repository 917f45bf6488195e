package vn.ntm.document;

/** A numbered or issued document was withdrawn (thu hồi); it keeps its number (published once, after commit). */
public record DocumentWithdrawn(
        long documentId, long issuerBodyId, String kind, String display, String reason, Source source) {}
