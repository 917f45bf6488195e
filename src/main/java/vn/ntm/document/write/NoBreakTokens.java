package vn.ntm.document.write;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ntm.text.Messages;

/**
 * Tokens no line may break inside: numbers with a slash (12/12, 04/KH-UBND, 25/4/2026, 51/2025/QĐ-TTg) and the
 * closing "./.". Word does not break inside them (LibreOffice checked, design §1.4a), so neither may the PDF. Used as
 * openhtmltopdf's line breaker: the breaks of the Vietnamese line rules, less those inside a token. (Wrapping the
 * tokens in a no-wrap element instead left the space before it on the line above, and that line justified short.)
 */
final class NoBreakTokens implements FSTextBreaker {

    static final Pattern TOKEN = Pattern.compile("\\S*\\d\\S*/\\S+|\\S*\\./\\.");

    private final BreakIterator lines = BreakIterator.getLineInstance(Messages.VIETNAMESE);
    private final List<int[]> tokens = new ArrayList<>();

    @Override
    public void setText(String text) {
        lines.setText(text);
        tokens.clear();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new int[] {m.start(), m.end()});
        }
    }

    @Override
    public int next() {
        int at = lines.next();
        while (at != BreakIterator.DONE && inside(at)) {
            at = lines.next();
        }
        return at;
    }

    private boolean inside(int at) {
        for (int[] t : tokens) {
            if (at > t[0] && at < t[1]) {
                return true;
            }
        }
        return false;
    }
}
