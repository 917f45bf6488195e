package vn.ntm.scope;

/**
 * What limits a permission beyond the units the actor may change (their unit and everything under it; the whole
 * country for an administrator without a unit and for the system). Each condition is checked by the named method of
 * {@link Permissions} that grants the action, and its words appear in the table of permissions.
 */
public enum Condition {
    /** In the units they may change, nothing more. */
    IN_SCOPE,
    /** Only the criteria that the province assigned to the actor's body (else the product's suggestion). */
    OWNED_CRITERIA,
    /** Only the criteria that no body owns (the province's coordination office checks them). */
    UNOWNED_CRITERIA,
    /** Only when the commune has no leader other than the one who asked (someone must always be able to decide). */
    NO_OTHER_LEADER,
    /** Only users with a role narrower than their own (a province officer never makes an administrator). */
    NARROWER_ROLES,
    /**
     * Only the documents of the body they belong to, or, when that body is an office (văn phòng), of the body it
     * serves and that body's organs (the Văn phòng Đảng ủy for the Đảng ủy and its Ban Thường vụ).
     */
    OWN_BODY
}
