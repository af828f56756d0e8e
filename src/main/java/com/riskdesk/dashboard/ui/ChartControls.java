package com.riskdesk.dashboard.ui;

import com.riskdesk.dashboard.ui.DashboardParameters.Chart;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The viewer's choices for the "Over time" section: which chart ({@link ChartTabs}) and which dates the charts and
 * the entry list show. It stays on the page while the charts under it are redrawn, so focus and an open date picker
 * survive a live update. Choices made here go to the callbacks; {@link #show} sets what is chosen without calling them back.
 * <p>The dates are the browser's own date inputs, like the server-written page's: a phone shows its own picker, and
 * the public page loads no date-picker component.
 */
class ChartControls extends Div {

    private final ChartTabs tabs;
    private final Input from = new Input();
    private final Input to = new Input();
    private final Button allDates = new Button(getTranslation("dashboard.all-dates"));
    private final Span rangeProblem = new Span();
    private boolean showing;
    private LocalDate first;
    private LocalDate last;

    ChartControls(Consumer<Chart> chooseChart, BiConsumer<LocalDate, LocalDate> chooseDates) {
        addClassName("chart-controls");
        tabs = new ChartTabs(chooseChart);
        Div fromField = dateField(from, "range-from", getTranslation("page.form.from"));
        Div toField = dateField(to, "range-to", getTranslation("page.form.to"));
        for (Input input : new Input[] {from, to}) {
            input.addValueChangeListener(change -> {
                if (!showing) {
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
        Div dates = new Div(fromField, toField, allDates, rangeProblem);
        dates.addClassName("range-controls");
        dates.getElement().setAttribute("role", "group");
        dates.getElement().setAttribute("aria-label", getTranslation("dashboard.dates-shown"));
        add(tabs, dates);
    }

    /** Sets the controls to a view; {@code first} and {@code last} bound the dates a viewer can pick. */
    void show(DashboardParameters view, LocalDate first, LocalDate last) {
        showing = true;
        try {
            tabs.select(view.chart());
            // A snapshot from before the monitor began has no day to offer: then only the end bounds the dates.
            this.first = first.isAfter(last) ? null : first;
            this.last = last;
            for (Input input : new Input[] {from, to}) {
                input.getElement().setAttribute("min", this.first == null ? "" : this.first.toString());
                input.getElement().setAttribute("max", last.toString());
            }
            from.setValue(view.from() == null ? "" : view.from().toString());
            to.setValue(view.to() == null ? "" : view.to().toString());
            rangeProblem.setVisible(false);
            allDates.setVisible(view.from() != null || view.to() != null);
        } finally {
            showing = false;
        }
    }

    private static Div dateField(Input input, String id, String label) {
        input.setType("date");
        input.setId(id);
        NativeLabel words = new NativeLabel(label);
        words.setFor(id);
        Div field = new Div(words, input);
        field.addClassName("range-date");
        return field;
    }

    /**
     * A date outside the monitor's days or a reversed range is said beside the dates, and nothing is chosen until it
     * is corrected; the browser gives an empty value for a date it cannot read, which means "any date".
     */
    private void chooseRange(BiConsumer<LocalDate, LocalDate> chooseDates) {
        LocalDate start = date(from);
        LocalDate end = date(to);
        String problem = problem(start) != null ? problem(start)
                : problem(end) != null ? problem(end)
                : start != null && end != null && start.isAfter(end) ? getTranslation("dashboard.range.reversed")
                : null;
        rangeProblem.setText(problem == null ? "" : problem);
        rangeProblem.setVisible(problem != null);
        if (problem == null) {
            chooseDates.accept(start, end);
        }
    }

    private String problem(LocalDate date) {
        if (date == null) {
            return null;
        }
        if (first != null && date.isBefore(first)) {
            return getTranslation("dashboard.range.too-early", first.toString());
        }
        return last != null && date.isAfter(last) ? getTranslation("dashboard.range.to-come") : null;
    }

    private static LocalDate date(Input input) {
        try {
            return input.getValue().isBlank() ? null : LocalDate.parse(input.getValue());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
