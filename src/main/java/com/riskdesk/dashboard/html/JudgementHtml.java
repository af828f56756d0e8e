package com.riskdesk.dashboard.html;

import static com.riskdesk.dashboard.html.Html.text;

import com.riskdesk.assessment.JudgementSource;
import com.riskdesk.assessment.PublishedJudgement;
import com.riskdesk.assessment.Trend;
import com.riskdesk.base.web.Remembered;
import com.riskdesk.dashboard.DashboardWords;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard's "Trend judgements" section as HTML: its heading, what it is, and staff's judgement for each period,
 * latest first, with its trend, risk alert, narrative and sources, and the reason of a correction. Equal judgement
 * lists get the same string instance, so every open dashboard showing them holds one copy.
 */
public final class JudgementHtml {

    /** The id of the section's heading, which labels the section. */
    public static final String HEADING_ID = "judgements-heading";
    private static final Remembered<Written, String> WRITTEN = new Remembered<>(100);

    private JudgementHtml() {
    }

    /** In English: {@link #timeline(List, DashboardWords)}. */
    public static String timeline(List<PublishedJudgement> judgements) {
        return timeline(judgements, DashboardWords.ENGLISH);
    }

    /**
     * The inside of the section in the reader's language: heading, description and the list (or a note that there is
     * none yet). Staff's words (narrative, alert, sources) as entered.
     */
    public static String timeline(List<PublishedJudgement> judgements, DashboardWords words) {
        return WRITTEN.get(new Written(List.copyOf(judgements), words.language()),
                key -> write(key.judgements(), words));
    }

    /** A list of judgements as written in one language. */
    private record Written(List<PublishedJudgement> judgements, Locale language) {
    }

    /** The symbol shown before a trend's word; the word carries the meaning. */
    public static String symbol(Trend trend) {
        return switch (trend) {
            case DETERIORATED -> "▼";
            case UNCHANGED -> "●";
            case IMPROVED -> "▲";
        };
    }

    private static String write(List<PublishedJudgement> judgements, DashboardWords words) {
        StringBuilder html = new StringBuilder(1024).append("<h2 id=\"").append(HEADING_ID).append("\">")
                .append(text(words.text("dashboard.judgements"))).append("</h2><p class=\"judgements-about\">")
                .append(text(words.text("dashboard.judgements.about"))).append("</p><div>");
        if (judgements.isEmpty()) {
            return html.append("<p>").append(text(words.text("dashboard.judgements.none"))).append("</p></div>")
                    .toString();
        }
        html.append("<ol class=\"judgement-list\">");
        judgements.forEach(judgement -> item(html, judgement, words));
        return html.append("</ol></div>").toString();
    }

    private static void item(StringBuilder html, PublishedJudgement judgement, DashboardWords words) {
        Trend trend = judgement.trend();
        html.append("<li class=\"judgement\" id=\"judgement-").append(judgement.id())
                .append("\"><div class=\"judgement-head\"><h3 class=\"judgement-period\">")
                .append(text(words.period(judgement.period()))).append("</h3><span class=\"trend trend-")
                .append(trend.code()).append("\"><span aria-hidden=\"true\">").append(symbol(trend))
                .append("</span><span>").append(text(words.text("dashboard.trend." + trend.name()))).append("</span></span></div>");
        if (judgement.alert()) {
            html.append("<span class=\"risk-alert\">")
                    .append(text(words.text("dashboard.risk-alert", judgement.alertText()))).append("</span>");
        }
        html.append("<p class=\"judgement-narrative\">").append(text(judgement.narrative()))
                .append("</p><span>").append(text(words.text("dashboard.judgements.sources")))
                .append("</span><ul class=\"judgement-sources\">");
        for (JudgementSource source : judgement.sources()) {
            html.append("<li>");
            if (source.url() == null) {
                html.append(text(source.name()));
            } else {
                html.append("<a href=\"").append(text(source.url()))
                        .append("\" target=\"_blank\" rel=\"noopener noreferrer\">").append(text(source.name()))
                        .append("</a>");
            }
            html.append("</li>");
        }
        html.append("</ul>");
        if (judgement.corrected() && judgement.correctionReason() != null) {
            html.append("<p class=\"judgement-corrected\">")
                    .append(text(words.text("dashboard.judgements.corrected", judgement.correctionReason())))
                    .append("</p>");
        }
        html.append("</li>");
    }
}
