package vn.ntm.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A document as the caller may see it: what it is, where it stands, its number if taken, every generation (drafts
 * stay beside the issued copy) and every signed copy uploaded back. {@code version} is what a change must name.
 */
public record DocumentView(
        long id,
        long issuerBodyId,
        long unitId,
        String family,
        String kind,
        String title,
        DocumentState state,
        Source source,
        LocalDate issuedOn,
        Integer number,
        String display,
        String stateReason,
        int version,
        String createdBy,
        OffsetDateTime createdAt,
        List<Revision> revisions,
        List<SignedCopy> signedCopies) {

    public DocumentView {
        revisions = List.copyOf(revisions);
        signedCopies = List.copyOf(signedCopies);
    }

    /** The signed copy that is the issued version: the newest confirmed one, if any. */
    public SignedCopy issuedCopy() {
        return signedCopies.stream()
                .filter(SignedCopy::confirmed)
                .reduce((older, newer) -> newer)
                .orElse(null);
    }

    /** One generation: a draft, or the final one made with the number and date. Files are fetched apart. */
    public record Revision(
            int revision,
            boolean finalRevision,
            String profileId,
            String docxSha256,
            String pdfSha256,
            String createdBy,
            OffsetDateTime createdAt) {}

    /**
     * A copy uploaded back: its hash, what did not match the register (message keys; confirmed anyway when not
     * empty), whether it is confirmed, and the signing times it states.
     */
    public record SignedCopy(
            long id,
            String fileName,
            String contentType,
            long sizeBytes,
            String sha256,
            List<String> warnings,
            boolean confirmed,
            String uploadedBy,
            OffsetDateTime uploadedAt,
            List<SigningTime> signingTimes) {

        public SignedCopy {
            warnings = List.copyOf(warnings);
            signingTimes = List.copyOf(signingTimes);
        }
    }

    /**
     * A signing time as the copy states it: from a signature dictionary of the PDF (with the signer's name, reason,
     * location) or printed on a page by the signing software. {@code statedAt} is the text read as a time, never
     * recomputed; null when the text is not a time. The signature itself is not validated.
     */
    public record SigningTime(
            String source,
            Integer page,
            String signer,
            String reason,
            String location,
            String subFilter,
            String statedText,
            OffsetDateTime statedAt) {}
}
