package vn.ntm.document.layout;

/**
 * How one element is set: size in pt (with the range its rule allows), weight and slant; the DL row it comes from;
 * {@code colour} as RGB hex ("FF0000"), null = black.
 */
public record Style(
        double size,
        double min,
        double max,
        boolean bold,
        boolean italic,
        boolean underline,
        String source,
        String colour) {

    public boolean allows(double pt) {
        return pt >= min - 0.05 && pt <= max + 0.05;
    }
}
