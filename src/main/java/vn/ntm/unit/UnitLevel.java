package vn.ntm.unit;

/** The tiers of Vietnam's administration. Districts existed until 30/6/2025. */
public enum UnitLevel {
    PROVINCE(2),
    DISTRICT(3),
    COMMUNE(5),
    VILLAGE(0);

    private final int officialCodeLength;

    UnitLevel(int officialCodeLength) {
        this.officialCodeLength = officialCodeLength;
    }

    /** Length of the General Statistics Office code, or 0 where codes are local (villages). */
    public int officialCodeLength() {
        return officialCodeLength;
    }
}
