package com.riskdesk.web;

import static com.riskdesk.dashboard.html.Html.text;

import com.riskdesk.dashboard.ui.DashboardParameters;
import com.riskdesk.dashboard.ui.DashboardParameters.Chart;
import java.time.LocalDate;

/**
 * The live dashboard's choices (comparison period, chart, dates) as a plain GET form: it works without script and
 * reloads the same address with the new parameters, which the page reads like the live view does.
 */
final class ViewForm {

    private ViewForm() {
    }

    /** {@code action} is the address the reader sees; {@code first} and {@code last} bound the dates. */
    static void form(StringBuilder html, String action, DashboardParameters view, LocalDate first, LocalDate last) {
        html.append("<form class=\"view-form\" method=\"get\" action=\"").append(text(action)).append("\">\n")
                .append("<label>Compare with <select name=\"period\">");
        for (int days : DashboardParameters.PERIODS) {
            html.append("<option value=\"").append(days).append("d\"").append(days == view.periodDays() ? " selected" : "")
                    .append('>').append(days == 365 ? "a year ago" : days + " days ago").append("</option>");
        }
        html.append("</select></label>\n<label>Chart <select name=\"chart\">");
        for (Chart chart : Chart.values()) {
            html.append("<option value=\"").append(chart.key()).append('"').append(chart == view.chart() ? " selected" : "")
                    .append('>').append(text(chart.label())).append("</option>");
        }
        html.append("</select></label>\n");
        date(html, "from", "From", view.from(), first, last);
        date(html, "to", "To", view.to(), first, last);
        if (view.asOf() != null) {
            html.append("<input type=\"hidden\" name=\"asOf\" value=\"").append(text(view.asOf().toString())).append("\">\n");
        }
        if (view.entry() != null) {
            html.append("<input type=\"hidden\" name=\"entry\" value=\"").append(view.entry()).append("\">\n");
        }
        html.append("<button type=\"submit\">Show</button>\n</form>\n");
    }

    private static void date(StringBuilder html, String name, String label, LocalDate value, LocalDate first,
                             LocalDate last) {
        html.append("<label>").append(label).append(" <input type=\"date\" name=\"").append(name).append('"');
        if (!first.isAfter(last)) {
            html.append(" min=\"").append(first).append('"');
        }
        html.append(" max=\"").append(last).append("\" value=\"").append(value == null ? "" : value.toString())
                .append("\"></label>\n");
    }
}
