package vn.ntm.document.check;

import java.text.MessageFormat;
import java.util.Locale;

/** One broken rule, with what was found: a message key of {@code i18n/document-rules} and its arguments. */
public record Violation(LayoutRule rule, String detailKey, Object... args) {

    /** "Số, ký hiệu của văn bản: …", in Vietnamese. */
    public String vietnamese() {
        String pattern = LayoutRule.vietnamese().getString(detailKey);
        return rule.vietnameseName() + ": " + new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    static Violation of(LayoutRule rule, String detail, Object... args) {
        return new Violation(rule, rule.key() + "." + detail, args);
    }
}
