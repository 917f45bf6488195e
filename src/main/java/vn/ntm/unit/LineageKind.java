package vn.ntm.unit;

/** Whether the whole predecessor, or only part of its area, went into the successor. */
public enum LineageKind {
    WHOLE,
    PART
}
