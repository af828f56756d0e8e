package com.riskdesk.preview;

import com.riskdesk.base.i18n.Languages;
import com.riskdesk.base.i18n.LinkLanguage;
import com.riskdesk.base.i18n.Translations;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The preview image's own fixed words (its brand line, the live or pinned status, the footer) in the language the
 * image's link asks for ({@code lang=es}). The tiles' words come from the dashboard's wording.
 */
record PreviewWords(LinkLanguage words) {

    static final PreviewWords ENGLISH = new PreviewWords(new LinkLanguage(new Translations(), Languages.ENGLISH));

    static PreviewWords of(Translations translations, String lang) {
        return new PreviewWords(LinkLanguage.of(translations, lang));
    }

    Locale language() {
        return words.language();
    }

    String text(String key, Object... args) {
        return words.text(key, args);
    }

    /** "RISK MONITOR". */
    String brand() {
        return text("app.name").toUpperCase(language());
    }

    /** "Live · 15 Jan 2026", "En vivo · 15 ene 2026". */
    String live(LocalDate today) {
        return text("preview.live", words.day(today));
    }

    /** "As known at 2026-01-10 12:00 UTC". */
    String asKnownAt(String moment) {
        return text("preview.as-known-at", moment);
    }

    String footer() {
        return text("preview.footer", text("app.name"));
    }
}
