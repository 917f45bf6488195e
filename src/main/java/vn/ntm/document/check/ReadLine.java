package vn.ntm.document.check;

/**
 * One line or paragraph read back from a written file, with the style of its first visible run; {@code underline}
 * null when the format cannot tell (a PDF draws underlines as shapes). {@code allBold}: every visible run is bold.
 */
public record ReadLine(String text, double sizePt, boolean bold, boolean italic, Boolean underline, boolean allBold) {

    public String trimmed() {
        return text.strip();
    }
}
