package vn.planmonitor.security;

import java.util.List;
import java.util.Locale;

/** The languages an account may receive its mails in: Vietnamese unless it chose English. */
public final class MailLanguage {

    public static final String DEFAULT = "vi";
    public static final List<String> ALL = List.of("vi", "en");

    private MailLanguage() {
    }

    public static Locale locale(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("vi-VN");
    }
}
