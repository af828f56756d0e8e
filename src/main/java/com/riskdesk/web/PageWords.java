package com.riskdesk.web;

import com.riskdesk.dashboard.DashboardWords;
import com.riskdesk.base.i18n.Translations;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/** The server-written page's own words and moments, in the language the request asked for. */
record PageWords(Translations translations, Locale language) {

    /** The dashboard's words (tiles, charts, entries) in this page's language. */
    DashboardWords dashboard() {
        return DashboardWords.in(language);
    }

    String get(String key, Object... args) {
        return translations.text(language, key, args);
    }

    /** "30 Nov 2025, 14:05 UTC" ("30 nov 2025, 14:05 UTC" in Spanish). */
    String moment(TemporalAccessor at) {
        return DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", language).withZone(ZoneOffset.UTC).format(at);
    }

    /** The same, to the second. */
    String second(TemporalAccessor at) {
        return DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss 'UTC'", language).withZone(ZoneOffset.UTC).format(at);
    }
}
