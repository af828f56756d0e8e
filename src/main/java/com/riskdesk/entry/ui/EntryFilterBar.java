package com.riskdesk.entry.ui;

import com.riskdesk.base.ui.StaffDates;
import com.riskdesk.entry.EntryFilter;
import com.riskdesk.entry.EntryKind;
import com.riskdesk.monitor.MonitorDetails;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entries grid's filters: free text, kind and dates. They read from and write to the address's query parameters
 * ({@code q}, {@code kind}, {@code from}, {@code to}), so a refresh, the back button or a shared link shows the same
 * list; anything malformed there is ignored.
 */
class EntryFilterBar extends Div {

    final TextField search = new TextField();
    final Select<EntryKind> kind = new Select<>();
    final DatePicker from = new DatePicker(getTranslation("judgement.form.from"));
    final DatePicker to = new DatePicker(getTranslation("judgement.form.to"));
    private Runnable onChange = () -> { };
    private boolean reading;
    private List<EntryKind> kinds = List.of();

    EntryFilterBar() {
        addClassName("entry-filter-bar");
        search.setId("entry-search");
        search.setLabel(getTranslation("entry.filter.search"));
        search.setPlaceholder(getTranslation("entry.filter.search-placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        kind.setLabel(getTranslation("entry.filter.kind"));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("entry.filter.all-kinds"));
        search.addValueChangeListener(change -> changed());
        kind.addValueChangeListener(change -> changed());
        from.addValueChangeListener(change -> changed());
        to.addValueChangeListener(change -> changed());
        add(search, kind, from, to);
    }

    /** Offers the kinds of {@code monitor} (hidden ones too: old entries may have them). */
    void useMonitor(MonitorDetails monitor) {
        kinds = monitor.kinds().stream().map(definition -> EntryKind.valueOf(definition.code())).toList();
        kind.setItems(kinds);
        kind.setItemLabelGenerator(value -> value == null ? getTranslation("entry.filter.all-kinds") : monitor.kindLabel(value.code()));
    }

    void useDates(StaffDates dates) {
        dates.apply(from);
        dates.apply(to);
    }

    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    EntryFilter filter(long monitorId) {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        if (start != null && end != null && start.isAfter(end)) {
            end = null;
        }
        return new EntryFilter(monitorId, kind.getValue(), start, end, search.getValue());
    }

    /** Sets the filters from the address, without announcing each one as a change. */
    void read(QueryParameters parameters) {
        reading = true;
        try {
            search.setValue(parameters.getSingleParameter("q").orElse(""));
            kind.setValue(parameters.getSingleParameter("kind").flatMap(this::kind).orElse(null));
            from.setValue(parameters.getSingleParameter("from").flatMap(EntryFilterBar::date).orElse(null));
            to.setValue(parameters.getSingleParameter("to").flatMap(EntryFilterBar::date).orElse(null));
        } finally {
            reading = false;
        }
    }

    /** The filters in use, as query parameters in a fixed order. */
    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!search.getValue().isBlank()) {
            parameters.put("q", search.getValue().strip());
        }
        if (kind.getValue() != null) {
            parameters.put("kind", kind.getValue().name().toLowerCase());
        }
        if (from.getValue() != null) {
            parameters.put("from", from.getValue().toString());
        }
        if (to.getValue() != null) {
            parameters.put("to", to.getValue().toString());
        }
        return parameters;
    }

    boolean isFiltering() {
        return !parameters().isEmpty();
    }

    private void changed() {
        if (!reading) {
            onChange.run();
        }
    }

    private Optional<EntryKind> kind(String text) {
        return kinds.stream().filter(known -> known.code().equalsIgnoreCase(text)).findFirst();
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
