package com.riskdesk.dashboard.ui;

import com.riskdesk.dashboard.ui.DashboardParameters.Chart;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The chart choice as a WAI-ARIA tab list of plain buttons: every child of the {@code tablist} is a {@code tab} (the
 * tabs component puts a focusable scroll container between them, which axe reports as critical). The chosen tab is
 * the one in the Tab order; arrow keys, Home and End move between tabs and choose, as the tabs pattern expects.
 */
class ChartTabs extends Div {

    private final Map<Chart, NativeButton> tabs = new EnumMap<>(Chart.class);
    private Chart selected = Chart.values()[0];

    ChartTabs(Consumer<Chart> choose) {
        addClassName("chart-tabs");
        getElement().setAttribute("role", "tablist");
        getElement().setAttribute("aria-label", getTranslation("dashboard.charts-shown"));
        for (Chart chart : Chart.values()) {
            NativeButton tab = new NativeButton(getTranslation(chart.labelKey()));
            tab.setId("chart-tab-" + chart.key);
            tab.addClassName("chart-tab");
            tab.getElement().setAttribute("type", "button");
            tab.getElement().setAttribute("role", "tab");
            tab.getElement().setAttribute("aria-controls", DashboardCharts.PANEL_ID);
            tab.addClickListener(click -> {
                if (chart != selected) {
                    choose.accept(chart);
                }
            });
            tabs.put(chart, tab);
            add(tab);
        }
        for (String key : new String[] {"ArrowRight", "ArrowLeft", "Home", "End"}) {
            getElement().addEventListener("keydown", event -> move(key, choose))
                    .setFilter("event.key === '" + key + "'").preventDefault();
        }
        select(selected);
    }

    /** Marks the chart chosen, without calling back. */
    void select(Chart chart) {
        selected = chart;
        tabs.forEach((each, tab) -> {
            tab.getElement().setAttribute("aria-selected", String.valueOf(each == chart));
            tab.getElement().setAttribute("tabindex", each == chart ? "0" : "-1");
        });
    }

    private void move(String key, Consumer<Chart> choose) {
        Chart[] charts = Chart.values();
        int at = selected.ordinal();
        int next = switch (key) {
            case "ArrowRight" -> (at + 1) % charts.length;
            case "ArrowLeft" -> (at + charts.length - 1) % charts.length;
            case "Home" -> 0;
            default -> charts.length - 1;
        };
        if (next != at) {
            choose.accept(charts[next]);
            tabs.get(charts[next]).focus();
        }
    }
}
