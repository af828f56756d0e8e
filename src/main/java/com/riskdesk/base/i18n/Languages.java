package com.riskdesk.base.i18n;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the app speaks, English first (the default), and which one a request asks for: the link's
 * {@code lang=es}, else the browser's {@code Accept-Language}, else English.
 */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SPANISH = Locale.of("es");
    /** Add a language here and as {@code i18n/messages_xx.properties}. */
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, SPANISH);
    /** The query parameter that chooses the language in a link. */
    public static final String PARAMETER = "lang";

    private Languages() {
    }

    /** The language a {@code lang} value names, if the app speaks it ("es", "ES", "es-MX"). */
    public static Optional<Locale> fromParameter(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(value.strip()).getLanguage();
        return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
    }

    /** The first language in an {@code Accept-Language} header that the app speaks, if any. */
    public static Optional<Locale> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** The language of a request: its {@code lang} parameter, else its {@code Accept-Language}, else English. */
    public static Locale of(HttpServletRequest request) {
        return fromParameter(request.getParameter(PARAMETER))
                .or(() -> fromAcceptLanguage(request.getHeader("Accept-Language")))
                .orElse(ENGLISH);
    }

    /** The app's own language for {@code locale} (Spanish for es-MX), English for any it does not speak. */
    public static Locale supported(Locale locale) {
        return locale == null ? ENGLISH : fromParameter(locale.getLanguage()).orElse(ENGLISH);
    }

    /**
     * {@code path} with {@code lang=…} added for any language but the default, so a link hands on the language it
     * was read in; a path that names a language already is left as it is.
     */
    public static String withLanguage(String path, Locale locale) {
        Locale language = supported(locale);
        if (language.equals(ENGLISH) || path.matches("(?s).*[?&]" + PARAMETER + "=.*")) {
            return path;
        }
        int fragment = path.indexOf('#');
        String head = fragment < 0 ? path : path.substring(0, fragment);
        String tail = fragment < 0 ? "" : path.substring(fragment);
        return head + (head.contains("?") ? "&" : "?") + PARAMETER + "=" + language.getLanguage() + tail;
    }
}
