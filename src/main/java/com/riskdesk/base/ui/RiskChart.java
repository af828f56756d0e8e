package com.riskdesk.base.ui;

import com.riskdesk.base.web.Remembered;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * An Apache ECharts line chart (the {@code <risk-chart>} element in {@code frontend/components}). The server
 * sends a small {@link Spec}; the element turns it into ECharts options and loads ECharts only when drawn.
 * It is an image to assistive technology: give it a summary with {@link #setSummary} and put the data in a
 * table next to it. Its {@code lang} attribute follows the UI's locale, so ECharts writes month names and the
 * tooltip's dates in the reader's language.
 */
@Tag("risk-chart")
@NpmPackage(value = "echarts", version = "6.0.0")
@JsModule("./components/risk-chart.ts")
public class RiskChart extends Component implements HasSize, LocaleChangeObserver {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Equal specs, drawn by every open dashboard of a view, are written once and held once. */
    private static final Remembered<Spec, String> WRITTEN = new Remembered<>(1_000);

    public RiskChart() {
        getElement().setAttribute("role", "img");
        getElement().getStyle().set("display", "block");
    }

    public void setSpec(Spec spec) {
        getElement().setProperty("spec", WRITTEN.get(spec, JSON::writeValueAsString));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getElement().setAttribute("lang", event.getLocale().toLanguageTag());
    }

    public void setSummary(String summary) {
        getElement().setAttribute("aria-label", summary);
    }

    /** A chart: its lines, vertical markers (escalation steps), and the x range as ISO dates. */
    public record Spec(List<Series> series, List<Marker> markers, List<String> ladder, String start, String end) {
    }

    /** One line. */
    public record Series(String name, List<Point> points) {
    }

    /** A point: ISO date, plotted value, and how the value reads ("at least 83"). */
    public record Point(String date, int value, String label) {
    }

    /** A dated vertical marker with its label. */
    public record Marker(String date, String label) {
    }
}
