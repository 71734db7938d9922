package vn.planmonitor.common;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing API text in Vietnamese (the default) and English, from {@code messages*.properties}.
 * Vietnamese is the fallback for any other requested language.
 */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private Messages() {
    }

    public static Locale pick(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if ("en".equals(locale.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("vi".equals(locale.getLanguage())) {
                return VIETNAMESE;
            }
        }
        return VIETNAMESE;
    }

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages",
                "en".equals(locale.getLanguage()) ? Locale.ROOT : VIETNAMESE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        if (args.length == 0) {
            return pattern;
        }
        // Years and limits read as written ("2016", not "2.016"): numbers go in as plain text.
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Number n ? String.valueOf(n) : args[i];
        }
        return new MessageFormat(pattern, locale).format(plain);
    }
}
