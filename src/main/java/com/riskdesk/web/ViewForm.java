package com.riskdesk.web;

import static com.riskdesk.dashboard.html.Html.text;

import com.riskdesk.base.i18n.Languages;
import com.riskdesk.dashboard.ui.DashboardParameters.Chart;
import com.riskdesk.dashboard.ui.DashboardParameters;
import java.time.LocalDate;

/**
 * The live dashboard's choices (comparison period, chart, dates) as a plain GET form: it works without script and
 * reloads the same address with the new parameters, which the page reads like the live view does.
 */
final class ViewForm {

    private ViewForm() {
    }

    /** {@code action} is the address the reader sees; {@code first} and {@code last} bound the dates. */
    static void form(StringBuilder html, String action, DashboardParameters view, LocalDate first, LocalDate last,
                     PageWords words) {
        html.append("<form class=\"view-form\" method=\"get\" action=\"").append(text(action)).append("\">\n")
                .append("<label>").append(text(words.get("page.form.compare"))).append(" <select name=\"period\">");
        for (int days : DashboardParameters.PERIODS) {
            html.append("<option value=\"").append(days).append("d\"").append(days == view.periodDays() ? " selected" : "")
                    .append('>').append(text(period(days, words))).append("</option>");
        }
        html.append("</select></label>\n<label>").append(text(words.get("page.form.chart")))
                .append(" <select name=\"chart\">");
        for (Chart chart : Chart.values()) {
            html.append("<option value=\"").append(chart.key()).append('"').append(chart == view.chart() ? " selected" : "")
                    .append('>').append(text(words.get("page.chart." + chart.key()))).append("</option>");
        }
        html.append("</select></label>\n");
        date(html, "from", words.get("page.form.from"), view.from(), first, last);
        date(html, "to", words.get("page.form.to"), view.to(), first, last);
        if (!words.language().equals(Languages.ENGLISH)) {
            // The form replaces the query: the language chosen in the link goes with it.
            html.append("<input type=\"hidden\" name=\"").append(Languages.PARAMETER).append("\" value=\"")
                    .append(words.language().getLanguage()).append("\">\n");
        }
        if (view.asOf() != null) {
            html.append("<input type=\"hidden\" name=\"asOf\" value=\"").append(text(view.asOf().toString())).append("\">\n");
        }
        if (view.entry() != null) {
            html.append("<input type=\"hidden\" name=\"entry\" value=\"").append(view.entry()).append("\">\n");
        }
        html.append("<button type=\"submit\">").append(text(words.get("page.form.show"))).append("</button>\n</form>\n");
    }

    /** "30 days ago", "a year ago". */
    static String period(int days, PageWords words) {
        return days == 365 ? words.get("page.year-ago") : words.get("page.days-ago", days);
    }

    private static void date(StringBuilder html, String name, String label, LocalDate value, LocalDate first,
                             LocalDate last) {
        html.append("<label>").append(text(label)).append(" <input type=\"date\" name=\"").append(name).append('"');
        if (!first.isAfter(last)) {
            html.append(" min=\"").append(first).append('"');
        }
        html.append(" max=\"").append(last).append("\" value=\"").append(value == null ? "" : value.toString())
                .append("\"></label>\n");
    }
}
