package vn.ntm.document;

/**
 * The type of an official document (tên loại), with the abbreviations of its number symbol: state per NĐ 30 Phụ lục
 * III Mục I, Party per HD 36 (document-layout.md §4). A state công văn has no abbreviation; a Party one has "CV".
 */
public enum DocumentKind {
    KE_HOACH("KẾ HOẠCH", "KH", "KH"),
    QUYET_DINH("QUYẾT ĐỊNH", "QĐ", "QĐ"),
    CONG_VAN("CÔNG VĂN", null, "CV"),
    BAO_CAO("BÁO CÁO", "BC", "BC"),
    TO_TRINH("TỜ TRÌNH", "TTr", "TTr"),
    THONG_BAO("THÔNG BÁO", "TB", "TB"),
    NGHI_QUYET("NGHỊ QUYẾT", "NQ", "NQ"),
    CHUONG_TRINH("CHƯƠNG TRÌNH", "CTr", "CTr"),
    BIEN_BAN("BIÊN BẢN", "BB", "BB"),
    CHI_THI("CHỈ THỊ", "CT", "CT"),
    HUONG_DAN("HƯỚNG DẪN", "HD", "HD"),
    QUY_CHE("QUY CHẾ", "QC", "QC"),
    // Party "Quy định" is numbered QĐ in official numbers (399-QĐ/TW); "QĐi" of some templates is unconfirmed (DL §4)
    QUY_DINH("QUY ĐỊNH", "QyĐ", "QĐ");

    private final String title;
    private final String stateAbbreviation;
    private final String partyAbbreviation;

    DocumentKind(String title, String stateAbbreviation, String partyAbbreviation) {
        this.title = title;
        this.stateAbbreviation = stateAbbreviation;
        this.partyAbbreviation = partyAbbreviation;
    }

    /** The tên loại as printed, IN HOA ("KẾ HOẠCH"). A công văn prints none. */
    public String title() {
        return title;
    }

    /** The abbreviation in the number symbol of the family, or null (a state công văn has none). */
    public String abbreviation(LayoutFamily family) {
        return family == LayoutFamily.STATE ? stateAbbreviation : partyAbbreviation;
    }

    /**
     * The line a state Quyết định or Nghị quyết prints, centred, between its Căn cứ and its articles ("QUYẾT ĐỊNH:",
     * "QUYẾT NGHỊ:", DL §2 template observations); null for every other kind.
     */
    public String decisionLine() {
        return switch (this) {
            case QUYET_DINH -> "QUYẾT ĐỊNH:";
            case NGHI_QUYET -> "QUYẾT NGHỊ:";
            default -> null;
        };
    }

    /** A công văn puts its trích yếu ("V/v …") in the header under the number and has no tên loại line. */
    public boolean isLetter() {
        return this == CONG_VAN;
    }
}
