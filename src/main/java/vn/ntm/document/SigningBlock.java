package vn.ntm.document;

/**
 * The signing block at the bottom right: authority prefix and the collective or head title ("TM. ỦY BAN NHÂN DÂN",
 * "KT. CHỦ TỊCH", "T/M BAN THƯỜNG VỤ"), the position ("CHỦ TỊCH", "PHÓ BÍ THƯ THƯỜNG TRỰC") and the name. A head signing
 * in their own right has no authority and no title: only the position and the name.
 */
public record SigningBlock(Authority authority, String title, String position, String name) {

    public static SigningBlock of(Authority authority, String title, String position, String name) {
        return new SigningBlock(authority, title, position, name);
    }

    /** The authority line as printed, or null when the head signs in their own right. */
    public String authorityLine() {
        return authority == null ? null : authority.prefix() + " " + title;
    }
}
