package com.riskdesk.base.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Texts in the language a link asks for with {@code lang=es}, for answers that machines fetch and caches keep (feed,
 * CSV, preview image): only the link decides, never the fetching client's {@code Accept-Language}, so the same
 * address always gives the same bytes. English without it.
 */
public record LinkLanguage(Translations translations, Locale language) {

    public static LinkLanguage of(Translations translations, String lang) {
        return new LinkLanguage(translations, Languages.fromParameter(lang).orElse(Languages.ENGLISH));
    }

    public boolean english() {
        return language.equals(Languages.ENGLISH);
    }

    public String text(String key, Object... args) {
        return translations.text(language, key, args);
    }

    /** A link that keeps this language ({@code …&lang=es}); unchanged in English. */
    public String link(String url) {
        return Languages.withLanguage(url, language);
    }

    /** "29 Nov 2025", "29 nov 2025" ({@code date.day-pattern}). */
    public String day(LocalDate date) {
        return format(date, "date.day-pattern");
    }

    /** "November 2025", "noviembre de 2025" ({@code date.month-pattern}). */
    public String month(LocalDate date) {
        return format(date, "date.month-pattern");
    }

    private String format(LocalDate date, String patternKey) {
        return DateTimeFormatter.ofPattern(text(patternKey), language).format(date);
    }
}
