package vn.ntm.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of the installation bundle ({@code i18n/install}) where Spring's message source is not there yet or
 * no more: the command line before the application starts, and a start-up that failed. Same files, same
 * formatting rule as {@link Messages} (placeholders only when there are arguments).
 */
public final class BundleText {

    private static final String BUNDLE = "i18n/install";

    private BundleText() {
    }

    public static String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            Locale bundleLocale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
            pattern = ResourceBundle.getBundle(BUNDLE, bundleLocale, NoFallback.INSTANCE).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** Vietnamese is the root bundle: never fall back to the machine's locale. */
    private static final class NoFallback extends ResourceBundle.Control {
        static final NoFallback INSTANCE = new NoFallback();

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    }
}
