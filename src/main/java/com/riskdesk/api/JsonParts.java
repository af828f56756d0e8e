package com.riskdesk.api;

import com.riskdesk.base.i18n.Languages;
import com.riskdesk.dashboard.Citation;
import com.riskdesk.dashboard.DashboardWords;
import com.riskdesk.dashboard.FigureValue;
import com.riskdesk.entry.Confidence;
import com.riskdesk.entry.DatePrecision;
import com.riskdesk.entry.Source;
import com.riskdesk.place.Place;
import com.riskdesk.place.PlacePrecision;
import java.time.LocalDate;
import java.util.List;

/**
 * Pieces the API's JSON documents share: figures with their qualifier, dates with their precision, sources. Keys and
 * codes are the same in every language; the readable {@code text} and {@code label} values are in the language the
 * link asks for ({@code lang=es}), as the dashboard words them, English without it.
 */
final class JsonParts {

    private JsonParts() {
    }

    /** The words of a JSON answer: only the link's {@code lang} decides, so one address always gives the same bytes. */
    static DashboardWords words(String lang) {
        return DashboardWords.in(Languages.fromParameter(lang).orElse(Languages.ENGLISH));
    }

    /** A cache validator's name for {@code format} in this language ("summary", "summary.es"). */
    static String format(String format, DashboardWords words) {
        return words.language().equals(Languages.ENGLISH) ? format : format + "." + words.language().getLanguage();
    }

    /**
     * A figure that keeps its qualifier: {@code high} is null for a lower bound ("at least 83"), above {@code low}
     * for a range ("80–85") and equal to it for an exact figure. {@code text} is how the dashboard words it.
     */
    record Figure(int low, Integer high, boolean lowerBound, boolean range, String text) {

        static Figure of(FigureValue value, DashboardWords words) {
            return value == null ? null
                    : new Figure(value.low(), value.high(), value.isLowerBound(), value.isRange(), words.describe(value));
        }
    }

    /** A date as a source gave it: on the day, within the month (stored as its first day) or on or before a day. */
    record Dated(LocalDate on, DatePrecision precision, LocalDate latestPossible, String text) {

        static Dated of(LocalDate on, DatePrecision precision, DashboardWords words) {
            return new Dated(on, precision, precision.latestPossible(on), words.date(precision, on));
        }
    }

    record SourceRef(String outlet, String title, String url, LocalDate publishedOn) {

        static SourceRef of(Source source) {
            return source == null ? null
                    : new SourceRef(source.outlet(), source.title(), source.url(), source.publishedOn());
        }
    }

    record ConfidenceRef(Confidence code, String label) {

        static ConfidenceRef of(Confidence confidence, DashboardWords words) {
            return confidence == null ? null : new ConfidenceRef(confidence, words.confidence(confidence));
        }
    }

    /**
     * Where an entry happened, at its precision: POINT (latitude, longitude), AREA or COUNTRY ({@code areas}, names
     * from the shipped gazetteer); {@code name} is the source's wording, {@code text} how the dashboard says it.
     */
    record PlaceRef(String name, PlacePrecision precision, List<String> areas, Double latitude, Double longitude,
                    String text) {

        static PlaceRef of(Place place, DashboardWords words) {
            return place == null ? null : new PlaceRef(place.name(), place.precision(), place.areas(),
                    place.latitude(), place.longitude(), words.text(place.description()));
        }
    }

    /** The entry a figure or step rests on. */
    record Cited(long entryId, String headline, Dated date, ConfidenceRef confidence, SourceRef source) {

        static Cited of(Citation citation, DashboardWords words) {
            return citation == null ? null
                    : new Cited(citation.entryId(), citation.headline(),
                            Dated.of(citation.occurredOn(), citation.precision(), words),
                            ConfidenceRef.of(citation.confidence(), words), SourceRef.of(citation.source()));
        }
    }
}
