package com.riskdesk.web;

import static com.riskdesk.dashboard.html.Html.text;

import com.riskdesk.entry.Confidence;
import com.riskdesk.monitor.EscalationStep;
import com.riskdesk.monitor.Indicator;
import com.riskdesk.monitor.MethodologyNotes;
import com.riskdesk.monitor.MonitorDetails;
import java.util.List;

/**
 * A monitor's methodology as one server-written page: what staff wrote for this monitor (its note, sources policy and
 * corrections policy) inside the text every monitor shares, which says what the dashboard's code does (see
 * {@code DayRollup.DAY_TOTALS} and {@code DashboardQueries}: running totals, events after them, the strongest source of a
 * day). No script, no session. Every piece of entered text is escaped.
 */
final class MethodologyPage {

    private static final String RULES = """
            .methodology main { max-width: 820px; }
            .methodology p, .methodology li, .methodology dd { max-width: 72ch; }
            .methodology dt { font-weight: 600; margin-top: 10px; }
            .methodology dd { margin: 2px 0 0; }
            .methodology ol.ladder li { margin-bottom: 8px; }
            .methodology .staff-text { background: var(--card); border: 1px solid var(--line); border-radius: 10px;
                                       padding: 10px 12px; white-space: pre-line; }
            .methodology nav ul { padding-left: 18px; }
            @media print { .methodology nav, .back { display: none; } body { background: #fff; color: #000; } }
            """;

    private MethodologyPage() {
    }

    /** The page; {@code links} are absolute addresses of the monitor's dashboard and API. */
    static String of(MonitorDetails monitor, MethodologyNotes notes, Links links) {
        StringBuilder html = start("Methodology: " + monitor.name() + " · Risk Monitor");
        html.append("<main>\n<header class=\"page-header\">\n<p class=\"site\">Risk Monitor</p>\n<h1>How the figures are "
                + "made: ").append(text(monitor.name())).append("</h1>\n<p class=\"summary\">")
                .append(text(monitor.summary())).append("</p>\n<p class=\"back\"><a id=\"back-to-dashboard\" href=\"")
                .append(text(links.dashboard())).append("\">Back to the dashboard</a></p>\n</header>\n");
        contents(html);
        if (!notes.note().isEmpty()) {
            section(html, "about", "About this monitor");
            staffText(html, notes.note());
            html.append("</section>\n");
        }
        indicators(html, monitor.indicators());
        derivation(html);
        qualifiers(html);
        ladder(html, monitor.ladder());
        sources(html, notes.sourcesPolicy());
        corrections(html, notes.correctionsPolicy());
        html.append("<footer class=\"quiet\">\n<p>The same figures as data: <a href=\"").append(text(links.summary()))
                .append("\">summary (JSON)</a>, <a href=\"").append(text(links.entriesCsv()))
                .append("\">every entry (CSV)</a>, <a href=\"").append(text(links.feed()))
                .append("\">latest entries and corrections (Atom feed)</a>.</p>\n</footer>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    static String notFound(String slug) {
        return start("Page not found · Risk Monitor")
                .append("<main>\n<h1>Page not found</h1>\n<p>There is no monitor called \"").append(text(slug))
                .append("\".</p>\n</main>\n</body>\n</html>\n").toString();
    }

    private static void contents(StringBuilder html) {
        html.append("""
                <nav aria-label="On this page">
                <ul>
                <li><a href="#indicators">What each figure counts</a></li>
                <li><a href="#derivation">How a figure is worked out</a></li>
                <li><a href="#qualifiers">“At least”, ranges and confidence</a></li>
                <li><a href="#ladder">The escalation ladder</a></li>
                <li><a href="#sources">Sources policy</a></li>
                <li><a href="#corrections">Corrections policy</a></li>
                </ul>
                </nav>
                """);
    }

    private static void indicators(StringBuilder html, List<Indicator> indicators) {
        section(html, "indicators", "What each figure counts");
        html.append("<p>Each figure on the dashboard is one indicator, counted in its own unit: different things "
                + "(for example people and events) are never added together.</p>\n<dl>\n");
        for (Indicator indicator : indicators) {
            String description = indicator.description() == null || indicator.description().isBlank()
                    ? "No description has been written yet." : indicator.description();
            html.append("<dt>").append(text(indicator.name())).append(" <span class=\"quiet\">(")
                    .append(text(indicator.unit())).append(")</span></dt>\n<dd>").append(text(description))
                    .append("</dd>\n");
        }
        html.append("</dl>\n</section>\n");
    }

    private static void derivation(StringBuilder html) {
        section(html, "derivation", "How a figure is worked out");
        html.append("""
                <p>Every figure is computed from dated entries. Each entry cites one source and gives, for each
                indicator it reports, either a <strong>running total</strong> (“in total”: everything so far, as the
                source counts it) or what <strong>this event alone</strong> adds.</p>
                <ol>
                <li>The figure starts from the latest day with a running total. Events dated after that day are added
                to it; events dated on that day or before are taken to be part of it.</li>
                <li>When several running totals are dated on the same day, the one from the strongest source counts
                (confirmed, then multiple independent sources, then a single-source report, then an official claim);
                between equally strong sources, the one recorded last. The others stay listed under the figure's
                sources.</li>
                <li>All events of a day add up. Before the first running total, the figure is the sum of the events.</li>
                <li>A lower bound anywhere in that sum (“at least”) makes the figure a lower bound. Ranges add up at
                both ends, so the figure stays a range.</li>
                <li>Retracted entries count nowhere. A corrected entry counts as corrected, from the moment of the
                correction.</li>
                <li>The change shown under a figure compares it with the figure as it stood at the start of the period
                chosen (7, 30, 90 or 365 days).</li>
                <li>The escalation step is the highest step any entry reports reached, dated by the first entry that
                reported it.</li>
                <li>Dates keep their precision: on the day, within a month, or “on or before” a day. A “days since”
                count starts from the latest day the event can have happened, so it is a lower bound (“at least”)
                when the date is not exact.</li>
                </ol>
                <p>A link with <code>asOf</code> shows every figure as it was recorded by that moment.</p>
                </section>
                """);
    }

    private static void qualifiers(StringBuilder html) {
        section(html, "qualifiers", "“At least”, ranges and confidence");
        html.append("""
                <dl>
                <dt>A number alone</dt><dd>The sources give this exact figure.</dd>
                <dt>“At least”</dt><dd>A lower bound: the true figure may be higher, for example when a source
                says “more than 80” or when not every event could be counted.</dd>
                <dt>A range (“80–85”)</dt><dd>The sources disagree, or a source gives a range; the true figure
                lies within it as far as is known.</dd>
                </dl>
                <p>Every entry carries a confidence grade, weakest first:</p>
                <dl>
                """);
        for (Confidence grade : Confidence.values()) {
            html.append("<dt>").append(text(grade.label())).append("</dt><dd>").append(meaning(grade))
                    .append("</dd>\n");
        }
        html.append("</dl>\n</section>\n");
    }

    private static String meaning(Confidence grade) {
        return switch (grade) {
            case OFFICIAL_CLAIM -> "A party to the events says so (a government, an armed force, a spokesperson); "
                    + "not checked independently.";
            case SINGLE_SOURCE -> "One outlet or organisation reports it from its own information.";
            case MULTIPLE_SOURCES -> "Two or more independent outlets or organisations report it.";
            case CONFIRMED -> "Established beyond reasonable doubt: confirmed by the parties involved and "
                    + "independent sources, or documented directly.";
        };
    }

    private static void ladder(StringBuilder html, List<EscalationStep> ladder) {
        section(html, "ladder", "The escalation ladder");
        html.append("<p>The steps, lowest first. The dashboard shows the highest step reached as “step k of ")
                .append(ladder.size()).append("”.</p>\n<ol class=\"ladder\">\n");
        for (EscalationStep step : ladder) {
            html.append("<li><strong>").append(text(step.name())).append("</strong>: ").append(text(step.meaning()))
                    .append("</li>\n");
        }
        html.append("</ol>\n</section>\n");
    }

    private static void sources(StringBuilder html, String policy) {
        section(html, "sources", "Sources policy");
        html.append("""
                <p>Every entry names its source: the outlet, the title of the report, its address when it has one and
                the day it was published. Figures from different sources are kept side by side, never merged into one
                entry; each figure's sources open under it on the dashboard. Entries are recorded by staff; where a
                monitor requires review, another staff member checks each change before it is published.</p>
                """);
        if (!policy.isEmpty()) {
            html.append("<h3>For this monitor</h3>\n");
            staffText(html, policy);
        }
        html.append("</section>\n");
    }

    private static void corrections(StringBuilder html, String policy) {
        section(html, "corrections", "Corrections policy");
        html.append("""
                <p>Nothing is changed silently. A correction keeps the entry's earlier wording in its history with the
                reason for the change; a retracted entry stops counting and stays listed, with its reason, in the
                dashboard's corrections log. A link with <code>asOf</code> still shows what was published at that
                moment.</p>
                """);
        if (!policy.isEmpty()) {
            html.append("<h3>For this monitor</h3>\n");
            staffText(html, policy);
        }
        html.append("</section>\n");
    }

    private static void section(StringBuilder html, String id, String title) {
        html.append("<section id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-heading\">\n<h2 id=\"")
                .append(id).append("-heading\">").append(text(title)).append("</h2>\n");
    }

    /** Staff text keeps its line breaks (CSS pre-line) and is escaped. */
    private static void staffText(StringBuilder html, String value) {
        html.append("<p class=\"staff-text\">").append(text(value)).append("</p>\n");
    }

    private static StringBuilder start(String title) {
        return new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en" class="methodology">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>""").append(text(title)).append("</title>\n<style>\n").append(PageStyle.BASE)
                .append(OverflowStyle.RULES).append(RULES).append("</style>\n</head>\n<body>\n");
    }

    /** Absolute addresses of the monitor's dashboard and its data. */
    record Links(String dashboard, String summary, String entriesCsv, String feed) {
    }
}
