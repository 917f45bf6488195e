package vn.ntm.assessment;

/** The judgement of one indicator (or criterion) for a unit and year. */
public enum IndicatorStatus {
    /** Đạt. */
    MET,
    /** Không đạt: the value misses the threshold, or the owning body judged it not met. */
    NOT_MET,
    /** Chưa có số liệu. */
    NO_DATA,
    /** Chưa cấu hình ngưỡng: a measured indicator with no threshold for the unit's key; never met or not met. */
    NOT_CONFIGURED,
    /** Không đánh giá: does not apply to this unit, with a reason; counts as met. */
    NOT_EVALUATED;

    /** Whether this status counts towards meeting the criterion. */
    public boolean countsAsMet() {
        return this == MET || this == NOT_EVALUATED;
    }
}
