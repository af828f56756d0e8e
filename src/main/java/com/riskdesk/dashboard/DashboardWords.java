package com.riskdesk.dashboard;

import com.riskdesk.assessment.JudgementPeriod;
import com.riskdesk.base.i18n.Languages;
import com.riskdesk.base.i18n.Message;
import com.riskdesk.base.i18n.Translations;
import com.riskdesk.entry.Basis;
import com.riskdesk.entry.Confidence;
import com.riskdesk.entry.DatePrecision;
import com.riskdesk.entry.RevisionAction;
import com.riskdesk.monitor.EntryKindDefinition;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every word a dashboard's tiles, headline, charts and live announcements say, in one place and in one language
 * ({@link #in}), so that what a tile says is written once for the view, the embed, the overflow page, the preview
 * image, the link preview, the API and the feed. The sentences are in the bundles ({@code words.*}); dates and numbers
 * follow the language ("29 Nov 2025", "1234" in English as always; "29 de noviembre de 2025", "1.234" in Spanish).
 * Names of indicators, kinds and steps come from the monitor's definition and are shown as staff entered them;
 * nothing here names what a particular monitor follows.
 */
public final class DashboardWords {

    /** The bundles are read once for every language's words: the words are immutable and shared by every viewer. */
    private static final Translations TRANSLATIONS = new Translations();
    private static final Map<Locale, DashboardWords> BY_LANGUAGE = Languages.SUPPORTED.stream()
            .collect(Collectors.toUnmodifiableMap(Function.identity(), DashboardWords::new));
    public static final DashboardWords ENGLISH = in(Languages.ENGLISH);

    private final Locale language;
    private final DateTimeFormatter dayFormat;
    private final DateTimeFormatter monthFormat;
    private final DateTimeFormatter momentFormat;

    private DashboardWords(Locale language) {
        this.language = language;
        boolean english = language.equals(Languages.ENGLISH);
        this.dayFormat = english ? DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language);
        this.monthFormat = DateTimeFormatter.ofPattern(text("words.month-pattern"), language);
        this.momentFormat = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", language).withZone(ZoneOffset.UTC);
    }

    /** The words in {@code locale}'s language (English for a language the app does not speak). */
    public static DashboardWords in(Locale locale) {
        return BY_LANGUAGE.get(Languages.supported(locale));
    }

    public Locale language() {
        return language;
    }

    /** Any text of the bundles in this language, for the server-written parts that render these words. */
    public String text(String key, Object... args) {
        return TRANSLATIONS.text(language, key, args);
    }

    /** A message a service or a record reports ("in the Caribbean Sea"), in this language. */
    public String text(Message message) {
        return TRANSLATIONS.text(language, message);
    }

    // Numbers and dates

    /** "1234" in English (as the dashboard always wrote it), "1.234" in Spanish. */
    public String number(long value) {
        return language.equals(Languages.ENGLISH) ? Long.toString(value)
                : NumberFormat.getIntegerInstance(language).format(value);
    }

    /** "83", or "80–85" for a range. */
    public String number(FigureValue value) {
        return value.isRange() ? number(value.low()) + "–" + number(value.high()) : number(value.low());
    }

    /** "at least 83", "80–85" or "83". */
    public String describe(FigureValue value) {
        return value.isLowerBound() ? atLeast() + " " + number(value.low()) : number(value);
    }

    /** "29 Nov 2025" ("29 de noviembre de 2025"). */
    public String day(LocalDate date) {
        return dayFormat.format(date);
    }

    /** A date as precisely as the source gave it: "29 Nov 2025", "September 2025", "on or before 30 Nov 2025". */
    public String date(DatePrecision precision, LocalDate date) {
        return switch (precision) {
            case DAY -> day(date);
            case MONTH -> monthFormat.format(date);
            case ON_OR_BEFORE -> text("words.date.on-or-before", day(date));
        };
    }

    /** A moment something was written: "30 Nov 2025, 14:05 UTC" ("30 nov 2025, 14:05 UTC"). */
    public String moment(Instant at) {
        return momentFormat.format(at);
    }

    public String date(Citation citation) {
        return date(citation.precision(), citation.occurredOn());
    }

    /** The date after a verb: "Reported 29 Nov 2025" reads "Reportado el 29 de noviembre de 2025" in Spanish. */
    public String when(Citation citation) {
        return text("words.when." + citation.precision().name(), date(citation));
    }

    /** A judgement's period: "November 2025", or "3 Nov 2025 – 16 Nov 2025" for a custom one. */
    public String period(JudgementPeriod period) {
        if (period.from() == null || period.to() == null) {
            return "";
        }
        return period.isMonth() ? monthFormat.format(period.from()) : day(period.from()) + " – " + day(period.to());
    }

    public String confidence(Confidence confidence) {
        return text("words.confidence." + confidence.name());
    }

    public String action(RevisionAction action) {
        return text("words.action." + action.name());
    }

    // Fixed words

    public String atLeast() {
        return text("words.at-least");
    }

    public String noFiguresYet() {
        return text("words.no-figures-yet");
    }

    public String escalation() {
        return text("words.escalation");
    }

    public String noFigure() {
        return text("words.no-figure");
    }

    public String noStep() {
        return text("words.no-step");
    }

    public String noStepYet() {
        return text("words.no-step-yet");
    }

    public String stepsHeading() {
        return text("words.steps-heading");
    }

    public String ladderChart() {
        return text("words.ladder-chart");
    }

    public String daysUnit() {
        return text("words.days");
    }

    /** Above the step's number on the preview image: "step" 3 "of 5". */
    public String stepAboveNumber() {
        return text("words.step-above-number");
    }

    // The headline (link previews, the preview image, page titles)

    /** "As known at 2026-01-10 12:00 UTC", for a snapshot. */
    public String asKnownAt(String moment) {
        return text("words.as-known-at", moment);
    }

    /** "7 days", "30 days", "year", as said after "in the last" (Spanish: "los últimos 30 días", "el último año"). */
    public String period(int days) {
        return switch (days) {
            case 7 -> text("words.period.week");
            case 365 -> text("words.period.year");
            default -> text("words.period.days", number(days));
        };
    }

    // Indicator tiles

    /** "at least 83 in total", "12 in this event". */
    public String sourceFigure(FigureValue value, Basis basis) {
        return text(basis == Basis.CUMULATIVE ? "words.in-total" : "words.in-event", describe(value));
    }

    public String lastUpdated(Citation citation) {
        return text("words.last-updated", when(citation));
    }

    public String reported(Citation citation) {
        return text("words.reported", when(citation));
    }

    public String sourcesHeading(String indicatorName) {
        return text("words.sources-heading", inSentence(indicatorName));
    }

    /** An indicator's name inside a sentence: "deaths" in English, as entered ("Muertes") in Spanish. */
    public String inSentence(String indicatorName) {
        return english() ? indicatorName.toLowerCase(Locale.ENGLISH) : indicatorName;
    }

    /** "Up 4 in the last 30 days", "No change in the last year". */
    public String change(Integer change, String period) {
        if (change == null) {
            return text("words.change.none-earlier");
        }
        if (change == 0) {
            return text("words.change.none", period);
        }
        return text(change > 0 ? "words.change.up" : "words.change.down", number(Math.abs((long) change)), period);
    }

    /**
     * "at least 83 deaths", "80–85 people displaced", "1 death". Spanish names are not made singular: a count of one
     * reads "Muertes: 1".
     */
    public String figureOf(FigureValue value, String indicatorName) {
        String name = lowerFirst(indicatorName);
        boolean one = value.low() == 1 && !value.isRange();
        if (!english()) {
            return one ? text("words.figure-of.one", indicatorName, describe(value))
                    : text("words.figure-of", name, describe(value));
        }
        return describe(value) + " " + (one ? singular(name) : name);
    }

    /** "deaths now at least 85", for the live announcement. */
    public String nowReads(String indicatorName, FigureValue value) {
        String name = inSentence(indicatorName);
        return value == null ? text("words.now-without", name) : text("words.now-reads", name, describe(value));
    }

    // The escalation tile

    public String ladderOf(int steps) {
        return text("words.ladder-of", number(steps));
    }

    public String step(int level) {
        return text("words.step", number(level));
    }

    public String ofSteps(int ladderSize) {
        return text("words.of-steps", number(ladderSize));
    }

    public String reached(Citation citation) {
        return text("words.reached", when(citation));
    }

    public String stepSource(EscalationPoint point) {
        return step(point.level()) + ": " + point.stepName();
    }

    public String escalationChange(Integer previous, int now, String period) {
        if (previous == null) {
            return text("words.escalation-change.none-before", period);
        }
        return previous == now ? text("words.change.none", period)
                : text("words.escalation-change.up", number(previous), period);
    }

    /** "escalation: step 3 of 5, Airspace declared closed (29 Nov 2025)", for the headline. */
    public String escalationFact(EscalationTile escalation) {
        if (!escalation.reachedAny()) {
            return text("words.escalation-fact.none");
        }
        EscalationPoint current = escalation.current();
        return text("words.escalation-fact", number(current.level()), number(escalation.ladderSize()),
                current.stepName(), date(current.citation()));
    }

    /** "escalation now step 3 of 5", for the live announcement. */
    public String escalationNow(EscalationTile escalation) {
        return escalation.reachedAny()
                ? text("words.escalation-now", number(escalation.current().level()), number(escalation.ladderSize()))
                : text("words.escalation-now.none");
    }

    // The "days since the last ..." tile, in the words of the kind it counts

    /** "Days since last attack". */
    public String daysSinceLast(EntryKindDefinition kind) {
        return text("words.days-since-last", noun(kind));
    }

    public String noneRecorded(EntryKindDefinition kind) {
        return text("words.none-recorded", noun(kind));
    }

    public String lastRecorded(EntryKindDefinition kind, Citation citation) {
        return text("words.last-recorded", noun(kind), when(citation));
    }

    /** The preview image's shorter line: "Last attack 12 Jan 2026". */
    public String lastOn(EntryKindDefinition kind, Citation citation) {
        return text("words.last-on", noun(kind), when(citation));
    }

    public String latestHeading(EntryKindDefinition kind) {
        return text("words.latest-heading", noun(kind));
    }

    /** "at least 46 days", "5 days". */
    public String days(RecencyTile recency) {
        return (recency.isLowerBound() ? atLeast() + " " : "") + number(recency.days()) + " " + daysUnit();
    }

    // Charts

    /** "Attacks and fatalities, running totals", from the names of the indicators drawn. */
    public String totalsChart(List<String> indicatorNames) {
        if (indicatorNames.isEmpty()) {
            return text("words.totals-chart.none");
        }
        List<String> names = english() ? indicatorNames.stream().map(DashboardWords::lowerFirst).toList()
                : indicatorNames;
        String listed = names.size() == 1 ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + text("words.and") + names.getLast();
        return text("words.totals-chart", english() ? upperFirst(listed) : listed);
    }

    private boolean english() {
        return language.equals(Languages.ENGLISH);
    }

    private String noun(EntryKindDefinition kind) {
        return lowerFirst(kind.label());
    }

    /** The first word in the singular, for a count of one: "deaths" → "death", "attacks reported" → "attack reported". */
    private static String singular(String name) {
        int end = name.indexOf(' ') < 0 ? name.length() : name.indexOf(' ');
        String word = name.substring(0, end);
        String one = word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y"
                : word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
        return one + name.substring(end);
    }

    /** Lower-cases a leading capital unless it starts an acronym ("Deaths" → "deaths", "UN missions" stays). */
    public static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    public static String upperFirst(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
