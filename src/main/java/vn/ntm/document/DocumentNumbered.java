package vn.ntm.document;

import java.time.LocalDate;

/** A document took its number and issue date (published once, after the transaction committed). */
public record DocumentNumbered(
        long documentId, long issuerBodyId, String kind, String display, LocalDate issuedOn, Source source) {}
