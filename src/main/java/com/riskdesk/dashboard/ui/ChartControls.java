package com.riskdesk.dashboard.ui;

import com.riskdesk.dashboard.ui.DashboardParameters.Chart;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The viewer's choices for the "Over time" section: which chart (tabs) and which dates the charts and the entry list
 * show. It stays on the page while the charts under it are redrawn, so focus and an open date picker survive a live
 * update. Choices made here go to the callbacks; {@link #show} sets what is chosen without calling them back.
 */
class ChartControls extends Div {

    private final Tabs tabs = new Tabs();
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Button allDates = new Button("All dates");
    private final Span rangeProblem = new Span();
    private boolean showing;

    ChartControls(Consumer<Chart> chooseChart, BiConsumer<LocalDate, LocalDate> chooseDates) {
        addClassName("chart-controls");
        for (Chart chart : Chart.values()) {
            Tab tab = new Tab(chart.label);
            tab.setId("chart-tab-" + chart.key);
            tab.getElement().setAttribute("aria-controls", DashboardCharts.PANEL_ID);
            tabs.add(tab);  // in the order of Chart, so a tab's index is its chart's ordinal
        }
        tabs.addClassName("chart-tabs");
        tabs.getElement().setAttribute("aria-label", "Charts shown");
        tabs.addSelectedChangeListener(change -> {
            if (!showing) {
                chooseChart.accept(Chart.values()[tabs.getSelectedIndex()]);
            }
        });
        from.setId("range-from");
        to.setId("range-to");
        for (DatePicker picker : new DatePicker[] {from, to}) {
            picker.setClearButtonVisible(true);
            picker.setPlaceholder("Any date");
            picker.addClassName("range-date");
            picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd")
                    .setBadInputErrorMessage("Enter a date as YYYY-MM-DD")
                    .setMinErrorMessage("Too early for this monitor").setMaxErrorMessage("That date is still to come"));
            picker.addValueChangeListener(change -> {
                if (!showing && !from.isInvalid() && !to.isInvalid()) {
                    chooseRange(chooseDates);
                }
            });
        }
        allDates.setId("range-all");
        allDates.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        allDates.addClickListener(click -> {
            chooseDates.accept(null, null);
            from.focus();  // the button hides itself; focus goes to where dates are chosen
        });
        rangeProblem.addClassName("range-problem");
        rangeProblem.setId("range-problem");
        rangeProblem.getElement().setAttribute("role", "alert");
        rangeProblem.setVisible(false);
        Div dates = new Div(from, to, allDates, rangeProblem);
        dates.addClassName("range-controls");
        dates.getElement().setAttribute("role", "group");
        dates.getElement().setAttribute("aria-label", "Dates shown in the charts and the entry list");
        add(tabs, dates);
    }

    /** Sets the controls to a view; {@code first} and {@code last} bound the dates a viewer can pick. */
    void show(DashboardParameters view, LocalDate first, LocalDate last) {
        showing = true;
        try {
            tabs.setSelectedIndex(view.chart().ordinal());
            // A snapshot from before the monitor began has no day to offer: then only the end bounds the pickers.
            LocalDate earliest = first.isAfter(last) ? null : first;
            from.setMin(earliest);
            from.setMax(last);
            to.setMin(earliest);
            to.setMax(last);
            from.setValue(view.from());
            to.setValue(view.to());
            rangeProblem.setVisible(false);
            allDates.setVisible(view.from() != null || view.to() != null);
        } finally {
            showing = false;
        }
    }

    /**
     * A reversed range is said beside the pickers, not set as a picker's error: the pickers' own checks (bad input,
     * too early, still to come) stay theirs, and correcting either date clears it.
     */
    private void chooseRange(BiConsumer<LocalDate, LocalDate> chooseDates) {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        boolean reversed = start != null && end != null && start.isAfter(end);
        rangeProblem.setText(reversed ? "The end cannot be before the start." : "");
        rangeProblem.setVisible(reversed);
        if (!reversed) {
            chooseDates.accept(start, end);
        }
    }
}
