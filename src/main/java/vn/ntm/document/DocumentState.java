package vn.ntm.document;

/**
 * Where a document stands. A draft is generated from content and may be generated again; taking a number fixes its
 * content (a correction is a new document); the signed copy uploaded back makes it issued; an issued or numbered
 * document is withdrawn with a reason and keeps its number; a draft that was never numbered may be discarded.
 */
public enum DocumentState {
    /** Dự thảo: number and date left blank; every generation is a new revision. */
    DRAFT,
    /** Đã cấp số, chờ bản ký: the number and issue date taken; the final files are what the signer signs. */
    NUMBERED,
    /** Đã ban hành: the signed copy uploaded and confirmed; it is the document of record. */
    ISSUED,
    /** Thu hồi: kept with its number and the reason; never deleted. */
    WITHDRAWN,
    /** Bỏ dự thảo: a draft never numbered, kept with the reason. */
    DISCARDED;

    /** Whether the document may move from this state to {@code next}. */
    public boolean allows(DocumentState next) {
        return switch (this) {
            case DRAFT -> next == NUMBERED || next == DISCARDED;
            case NUMBERED -> next == ISSUED || next == WITHDRAWN;
            case ISSUED -> next == WITHDRAWN;
            case WITHDRAWN, DISCARDED -> false;
        };
    }
}
