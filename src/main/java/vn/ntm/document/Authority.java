package vn.ntm.document;

import java.util.Set;

/**
 * The signing authority prefix of a signing block (document-layout.md §6): state TM., KT., Q., TL., TUQ.; Party T/M,
 * K/T (advisory and support bodies only), Q., T/L.
 */
public enum Authority {
    TM("TM.", LayoutFamily.STATE),
    KT("KT.", LayoutFamily.STATE),
    TL("TL.", LayoutFamily.STATE),
    TUQ("TUQ.", LayoutFamily.STATE),
    Q("Q.", LayoutFamily.STATE, LayoutFamily.PARTY),
    T_M("T/M", LayoutFamily.PARTY),
    K_T("K/T", LayoutFamily.PARTY),
    T_L("T/L", LayoutFamily.PARTY);

    private final String prefix;
    private final Set<LayoutFamily> families;

    Authority(String prefix, LayoutFamily... families) {
        this.prefix = prefix;
        this.families = Set.of(families);
    }

    public String prefix() {
        return prefix;
    }

    public boolean usedBy(LayoutFamily family) {
        return families.contains(family);
    }
}
