package vn.ntm.text;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of the installation bundles ({@code i18n/install}, then {@code i18n/database}) where Spring's message source is not there yet or
 * no more: the command line before the application starts, and a start-up that failed. Same files, same
 * formatting rule as {@link Messages} (placeholders only when there are arguments).
 */
public final class BundleText {

    private static final List<String> BUNDLES = List.of("i18n/install", "i18n/database");

    private BundleText() {}

    public static String get(Locale locale, String key, Object... args) {
        Locale bundleLocale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        for (String bundle : BUNDLES) {
            try {
                String pattern = ResourceBundle.getBundle(bundle, bundleLocale, NoFallback.INSTANCE)
                        .getString(key);
                return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
            } catch (MissingResourceException e) {
                // the next bundle
            }
        }
        return key;
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
