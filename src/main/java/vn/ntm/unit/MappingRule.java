package vn.ntm.unit;

/**
 * How a mapping row was taken. Each row counts under one rule for its old commune and one for its new commune
 * (or under one rule for the whole row: a repeat, an administrator's decision). The report lists the rules applied
 * with their counts, so a user sees which corrections the import made; none of them chooses between candidates.
 * Labels: {@code mapping.rule.<NAME>} in {@code i18n/mapping}.
 */
enum MappingRule {

    /** The old code is a commune in force the day before, with the same name. */
    OLD_CODE(Side.OLD),
    /** The same, once the code's lost leading zeros are restored ("424" → "00424"). */
    OLD_CODE_PADDED(Side.OLD),
    /** The code is right; the list's name carries the state-farm word the row omits ("Thị trấn NT Liên Sơn"). */
    OLD_CODE_STATE_FARM(Side.OLD),
    /** The code is right; only the type word differs ("Xã" in the row, "Phường" in the list). */
    OLD_CODE_TYPE_CHANGED(Side.OLD),
    /** No code: the only commune with this name in this district and province. */
    OLD_NAME_IN_DISTRICT(Side.OLD),
    /** The code names another commune or none: the only commune with the row's name in its district. */
    OLD_NAME_IN_DISTRICT_CODE_WRONG(Side.OLD),
    /** A name the commune had earlier (before it was merged or renamed, early 2025), in the same district. */
    OLD_EARLIER_NAME(Side.OLD),
    /** The only commune of the district whose name differs only by its type word (Xã → Phường before 03/2025). */
    OLD_TYPE_CHANGED_IN_DISTRICT(Side.OLD),
    /** An earlier name, in a district since renamed or merged into the district the row names. */
    OLD_EARLIER_NAME_DISTRICT_CHANGED(Side.OLD),

    /** The new code is a commune in force on the date, with the row's name and province. */
    NEW_CODE(Side.NEW),
    /** The same, once the code's lost leading zeros are restored. */
    NEW_CODE_PADDED(Side.NEW),
    /** The code is missing or names another commune: the only commune with the row's name in its province. */
    NEW_NAME_IN_PROVINCE(Side.NEW),

    /** The row repeats an earlier row exactly: counted once. */
    EXACT_DUPLICATE(Side.ROW),
    /** Another row already gave the same old → new link (e.g. the old commune under its earlier name). */
    SAME_LINK_AS_OTHER_ROW(Side.ROW),
    /** An administrator chose the units of this row. */
    ADMIN_LINKED(Side.ROW),
    /** An administrator found that the row's old commune is in no list: no link. */
    ADMIN_IN_NO_LIST(Side.ROW);

    enum Side {
        OLD,
        NEW,
        ROW
    }

    private final Side side;

    MappingRule(Side side) {
        this.side = side;
    }

    Side side() {
        return side;
    }

    String labelKey() {
        return "mapping.rule." + name();
    }
}
