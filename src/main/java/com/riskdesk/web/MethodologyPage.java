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
    static String of(MonitorDetails monitor, MethodologyNotes notes, Links links, PageWords words) {
        StringBuilder html = start(words.get("methodology.page-title", monitor.name()), words);
        html.append("<main>\n<header class=\"page-header\">\n<p class=\"site\">").append(text(words.get("app.name")))
                .append("</p>\n<h1>").append(text(words.get("methodology.title", monitor.name())))
                .append("</h1>\n<p class=\"summary\">")
                .append(text(monitor.summary())).append("</p>\n<p class=\"back\"><a id=\"back-to-dashboard\" href=\"")
                .append(text(links.dashboard())).append("\">").append(text(words.get("methodology.back")))
                .append("</a></p>\n</header>\n");
        contents(html, words);
        if (!notes.note().isEmpty()) {
            section(html, "about", words.get("methodology.about"));
            staffText(html, notes.note());
            html.append("</section>\n");
        }
        indicators(html, monitor.indicators(), words);
        section(html, "derivation", words.get("methodology.derivation"));
        html.append(words.get("methodology.derivation.html")).append("\n</section>\n");
        qualifiers(html, words);
        ladder(html, monitor.ladder(), words);
        policy(html, "sources", notes.sourcesPolicy(), words);
        policy(html, "corrections", notes.correctionsPolicy(), words);
        html.append("<footer class=\"quiet\">\n<p>").append(text(words.get("methodology.data"))).append(" <a href=\"")
                .append(text(links.summary())).append("\">").append(text(words.get("methodology.data.summary")))
                .append("</a>, <a href=\"").append(text(links.entriesCsv())).append("\">")
                .append(text(words.get("methodology.data.csv"))).append("</a>, <a href=\"").append(text(links.feed()))
                .append("\">").append(text(words.get("methodology.data.feed")))
                .append("</a>.</p>\n</footer>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    static String notFound(String slug, PageWords words) {
        return start(words.get("not-found.page-title"), words)
                .append("<main>\n<h1>").append(text(words.get("not-found.title"))).append("</h1>\n<p>")
                .append(words.get("page.no-monitor", text(slug))).append("</p>\n</main>\n</body>\n</html>\n")
                .toString();
    }

    private static final List<String> SECTIONS =
            List.of("indicators", "derivation", "qualifiers", "ladder", "sources", "corrections");

    private static void contents(StringBuilder html, PageWords words) {
        html.append("<nav aria-label=\"").append(text(words.get("methodology.on-this-page"))).append("\">\n<ul>\n");
        SECTIONS.forEach(id -> html.append("<li><a href=\"#").append(id).append("\">")
                .append(text(words.get("methodology." + id))).append("</a></li>\n"));
        html.append("</ul>\n</nav>\n");
    }

    private static void indicators(StringBuilder html, List<Indicator> indicators, PageWords words) {
        section(html, "indicators", words.get("methodology.indicators"));
        html.append("<p>").append(text(words.get("methodology.indicators.intro"))).append("</p>\n<dl>\n");
        for (Indicator indicator : indicators) {
            String description = indicator.description() == null || indicator.description().isBlank()
                    ? words.get("methodology.indicators.no-description") : indicator.description();
            html.append("<dt>").append(text(indicator.name())).append(" <span class=\"quiet\">(")
                    .append(text(indicator.unit())).append(")</span></dt>\n<dd>").append(text(description))
                    .append("</dd>\n");
        }
        html.append("</dl>\n</section>\n");
    }

    private static void qualifiers(StringBuilder html, PageWords words) {
        section(html, "qualifiers", words.get("methodology.qualifiers"));
        html.append(words.get("methodology.qualifiers.html")).append("\n<dl>\n");
        for (Confidence grade : Confidence.values()) {
            html.append("<dt>").append(text(words.dashboard().confidence(grade))).append("</dt><dd>")
                    .append(text(words.get("methodology.confidence." + grade.name()))).append("</dd>\n");
        }
        html.append("</dl>\n</section>\n");
    }

    private static void ladder(StringBuilder html, List<EscalationStep> ladder, PageWords words) {
        section(html, "ladder", words.get("methodology.ladder"));
        html.append("<p>").append(text(words.get("methodology.ladder.intro", words.dashboard().number(ladder.size()))))
                .append("</p>\n<ol class=\"ladder\">\n");
        for (EscalationStep step : ladder) {
            html.append("<li><strong>").append(text(step.name())).append("</strong>: ").append(text(step.meaning()))
                    .append("</li>\n");
        }
        html.append("</ol>\n</section>\n");
    }

    /** The shared policy ({@code id} "sources" or "corrections"), then what staff wrote for this monitor, if anything. */
    private static void policy(StringBuilder html, String id, String policy, PageWords words) {
        section(html, id, words.get("methodology." + id));
        html.append(words.get("methodology." + id + ".html")).append('\n');
        if (!policy.isEmpty()) {
            html.append("<h3>").append(text(words.get("methodology.for-this-monitor"))).append("</h3>\n");
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

    private static StringBuilder start(String title, PageWords words) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(words.language().getLanguage())
                .append("\" class=\"methodology\">\n").append("""
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
