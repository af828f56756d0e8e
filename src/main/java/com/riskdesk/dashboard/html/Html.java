package com.riskdesk.dashboard.html;

import com.riskdesk.dashboard.DashboardWords;
import com.riskdesk.entry.Confidence;
import com.riskdesk.entry.Source;
import org.springframework.web.util.HtmlUtils;

/** Escaping and the small pieces every server-written part shares. */
public final class Html {

    private Html() {
    }

    /** Escaped for element content and for quoted attribute values alike. */
    public static String text(String value) {
        return HtmlUtils.htmlEscape(value == null ? "" : value, "UTF-8");
    }

    /** {@code <p class="citation">} around {@link #source}. */
    static void citation(StringBuilder html, Source source, Confidence confidence, DashboardWords words) {
        html.append("<p class=\"citation\">");
        source(html, source, confidence, words);
        html.append("</p>");
    }

    /** "Source: outlet, title (linked when there is a URL), published 30 Nov 2025 · confidence", in {@code words}. */
    public static void source(StringBuilder html, Source source, Confidence confidence, DashboardWords words) {
        source(html, source, words.confidence(confidence), words);
    }

    private static void source(StringBuilder html, Source source, String confidence, DashboardWords words) {
        html.append(text(words.text("words.html.source"))).append(' ').append(text(source.outlet())).append(", ");
        if (source.url() != null && !source.url().isBlank()) {
            html.append("<a href=\"").append(text(source.url()))
                    .append("\" target=\"_blank\" rel=\"noopener noreferrer nofollow\">").append(text(source.title()))
                    .append("</a>");
        } else {
            html.append(text(source.title()));
        }
        if (source.publishedOn() != null) {
            html.append(", ").append(text(words.text("words.html.published", words.day(source.publishedOn()))));
        }
        html.append(" · ").append(text(confidence));
    }
}
