package com.riskdesk.api;

import com.riskdesk.assessment.JudgementPeriod;
import com.riskdesk.assessment.Trend;
import com.riskdesk.base.i18n.LinkLanguage;
import com.riskdesk.base.i18n.Message;
import com.riskdesk.base.i18n.Translations;
import com.riskdesk.dashboard.EntryLine;
import com.riskdesk.dashboard.FigureValue;
import com.riskdesk.entry.Confidence;
import com.riskdesk.entry.DatePrecision;
import com.riskdesk.entry.RevisionAction;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The fixed words, dates and numbers of the feed and the CSV in the language a link asks for ({@code lang=es});
 * English, exactly as these outputs always read, without one. Staff-entered text is never translated.
 */
record ExportWords(LinkLanguage words) {

    static ExportWords of(Translations translations, String lang) {
        return new ExportWords(LinkLanguage.of(translations, lang));
    }

    boolean english() {
        return words.english();
    }

    Locale language() {
        return words.language();
    }

    String text(String key, Object... args) {
        return words.text(key, args);
    }

    /** A message a service reports (a correction's "Headline: a → b"), in the file's language. */
    String text(Message message) {
        return text(message.key(), message.argArray());
    }

    String link(String url) {
        return words.link(url);
    }

    String day(LocalDate date) {
        return words.day(date);
    }

    /** "29 Nov 2025", "September 2025", "on or before 30 Nov 2025", as the precision allows. */
    String date(LocalDate date, DatePrecision precision) {
        return switch (precision) {
            case DAY -> day(date);
            case MONTH -> words.month(date);
            case ON_OR_BEFORE -> text("export.date.on-or-before", day(date));
        };
    }

    /** "November 2025", or "3 Nov 2025 – 20 Nov 2025" for a custom period. */
    String period(JudgementPeriod period) {
        if (period.from() == null || period.to() == null) {
            return "";
        }
        return period.isMonth() ? date(period.from(), DatePrecision.MONTH)
                : day(period.from()) + " – " + day(period.to());
    }

    /** "at least 83", "80–85", "83": digits without grouping, as an import reads them back. */
    String value(FigureValue value) {
        if (value.isLowerBound()) {
            return text("export.figure.at-least", Integer.toString(value.low()));
        }
        return value.isRange() ? value.low() + "–" + value.high() : Integer.toString(value.low());
    }

    /** "at least 83 (running total)", "2 (this event)". */
    String figure(EntryLine.FigureLine figure) {
        return value(figure.value()) + " (" + text("export.figure." + figure.basis().name()) + ")";
    }

    String confidence(Confidence confidence) {
        return text("label.confidence." + confidence.name());
    }

    String trend(Trend trend) {
        return text("label.trend." + trend.name());
    }

    String action(RevisionAction action) {
        return text("label.action." + action.name());
    }
}
