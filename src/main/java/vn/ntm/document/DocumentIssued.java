package vn.ntm.document;

import java.time.LocalDate;

/**
 * The signed copy of a document was confirmed as its issued version (published once, after commit): a plan moves to
 * "issued", a report records its number, a dossier counts its signed letter.
 */
public record DocumentIssued(
        long documentId,
        long issuerBodyId,
        String kind,
        String display,
        LocalDate issuedOn,
        Source source,
        String signedSha256) {}
