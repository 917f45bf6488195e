package vn.ntm.text;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Message texts in the caller's language (Vietnamese by default) with arguments in that language's formats:
 * dates as 30/04/2026, moments as 30/04/2026 14:05 (Vietnam's time), numbers as 1.044.000 or 20,5.
 */
@Component
public class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    public String get(String key, Object... args) {
        return get(currentLocale(), key, args);
    }

    public String get(Locale locale, String key, Object... args) {
        return source.getMessage(key, formatted(args, locale), key, locale);
    }

    /** The text of a key in the caller's language, or empty when no bundle defines the key. */
    public Optional<String> find(String key, Object... args) {
        return find(currentLocale(), key, args);
    }

    /** The text of a key in a language, or empty when no bundle defines the key. */
    public Optional<String> find(Locale locale, String key, Object... args) {
        return Optional.ofNullable(source.getMessage(key, formatted(args, locale), null, locale));
    }

    /** The caller's language; Vietnamese outside a request (command line, start-up, tests). */
    public static Locale currentLocale() {
        if (LocaleContextHolder.getLocaleContext() == null) {
            return VIETNAMESE;
        }
        Locale locale = LocaleContextHolder.getLocale();
        return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
    }

    /** The arguments in the language's formats; a message key given as an argument (a field's name) in words. */
    private Object[] formatted(Object[] args, Locale locale) {
        Object[] formatted = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            formatted[i] = args[i] instanceof MessageSourceResolvable words
                    ? source.getMessage(words, locale)
                    : format(args[i], locale);
        }
        return formatted;
    }

    static Object format(Object arg, Locale locale) {
        if (arg instanceof LocalDate date) {
            return VietnameseDates.format(date);
        }
        if (arg instanceof OffsetDateTime moment) {
            return VietnameseDates.format(moment);
        }
        if (arg instanceof Instant moment) {
            return VietnameseDates.format(moment);
        }
        if (arg instanceof BigDecimal || arg instanceof Double || arg instanceof Float) {
            NumberFormat f = NumberFormat.getNumberInstance(locale);
            f.setMaximumFractionDigits(4);
            return f.format(arg);
        }
        if (arg instanceof Number n) {
            return NumberFormat.getIntegerInstance(locale).format(n);
        }
        return arg == null ? "" : arg.toString();
    }
}
