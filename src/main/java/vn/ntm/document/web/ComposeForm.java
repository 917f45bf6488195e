package vn.ntm.document.web;

/**
 * The compose form as typed: lists as text, one item a line, so a refused form comes back exactly as it was.
 * {@code signerId} names a position offered from the body's signers; the typed name and position win over it.
 */
record ComposeForm(
        Long unitId,
        Long issuerBodyId,
        String kind,
        String title,
        String recipients,
        String legalBases,
        String body,
        String distribution,
        String draftingUnit,
        String authority,
        String signerTitle,
        Long signerId,
        String position,
        String signerName) {

    static ComposeForm empty(Long unitId) {
        return new ComposeForm(
                unitId, null, "CONG_VAN", null, null, null, null, null, null, "KT", null, null, null, null);
    }
}
