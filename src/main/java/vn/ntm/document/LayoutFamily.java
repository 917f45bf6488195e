package vn.ntm.document;

/** The rule set an issuer is bound by: state bodies (Decree 30/2020/NĐ-CP) or Party bodies (HD 36-HD/VPTW). */
public enum LayoutFamily {
    STATE,
    PARTY
}
