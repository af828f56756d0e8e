package com.riskdesk.monitor.ui;

import com.riskdesk.base.i18n.RefusedException;
import com.riskdesk.base.ui.Problems;
import com.riskdesk.base.ui.StaffDates;
import com.riskdesk.monitor.EntryKindDefinition;
import com.riskdesk.monitor.EscalationStep;
import com.riskdesk.monitor.Indicator;
import com.riskdesk.monitor.MonitorDefinition;
import com.riskdesk.monitor.MonitorDetails;
import com.riskdesk.monitor.MonitorService;
import com.riskdesk.monitor.TileOrder;
import com.riskdesk.place.MapRegion;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A monitor's definition: slug (fixed once created), name, summary, start date, indicators, escalation ladder and
 * kinds of entry, with the kind a "days since the last ..." tile counts, and the order of the dashboard's tiles.
 * Fires {@link SaveEvent} with a definition the domain accepted; otherwise lists every problem found.
 */
class MonitorForm extends Div {

    final TextField slug = new TextField(getTranslation("monitor.slug"));
    final TextField name = new TextField(getTranslation("monitor.form.name"));
    final TextArea summary = new TextArea(getTranslation("monitor.form.summary"));
    final TextField region = new TextField(getTranslation("monitor.form.region"));
    final DatePicker startDate = new DatePicker(getTranslation("monitor.start-date"));
    final MapRegionField mapRegion = new MapRegionField();
    final EditableRows<IndicatorRow> indicators = new EditableRows<>(
            getTranslation("monitor.form.add-indicator"), getTranslation("monitor.form.indicator-noun"), IndicatorRow::new);
    final EditableRows<StepRow> ladder = new EditableRows<>(getTranslation("monitor.form.add-step"),
            getTranslation("monitor.form.step-noun"), StepRow::new);
    final EditableRows<KindRow> kinds = new EditableRows<>(getTranslation("monitor.form.add-kind"),
            getTranslation("monitor.form.kind-noun"), KindRow::new);
    final EditableRows<TileRow> tiles = EditableRows.fixed(getTranslation("monitor.form.tile-noun"));
    final Button save = new Button(getTranslation("monitor.form.save"));
    final Button cancel = new Button(getTranslation("common.cancel"));
    final FormProblems problems = new FormProblems();

    MonitorForm() {
        addClassName("monitor-form");
        slug.setMaxLength(MonitorDefinition.SLUG_MAX);
        slug.setAllowedCharPattern("[a-z0-9-]");
        slug.setHelperText(getTranslation("monitor.form.slug-help"));
        slug.setRequiredIndicatorVisible(true);
        name.setMaxLength(MonitorService.MONITOR_NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        summary.setMaxLength(MonitorService.SUMMARY_MAX);
        summary.setHelperText(getTranslation("monitor.form.summary-help"));
        region.setMaxLength(MonitorDefinition.REGION_MAX);
        region.setHelperText(getTranslation("monitor.form.region-help"));
        startDate.setRequiredIndicatorVisible(true);
        startDate.setHelperText(getTranslation("monitor.form.start-help"));
        StaffDates.ofCurrentUser(getLocale()).apply(startDate);
        // The form decides when these fields are invalid (on save); the fields' own checks would clear that on blur.
        slug.setManualValidation(true);
        name.setManualValidation(true);
        startDate.setManualValidation(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> submit());
        cancel.addClickListener(click -> fireEvent(new CancelEvent(this)));
        Div main = new Div(slug, name, summary, region, startDate, mapRegion);
        main.addClassName("monitor-form-fields");
        Div buttons = new Div(save, cancel);
        buttons.addClassName("admin-form-buttons");
        add(problems, main,
                section("monitor.form.indicators", indicators), section("monitor.form.ladder", ladder),
                section("monitor.form.kinds", kinds), section("monitor.form.tiles", tiles),
                buttons);
        indicators.addRow();
        ladder.addRow();
        kinds.setRows(List.of(new KindRow(EntryKindDefinition.escalationStep(), false)));
        showTiles(TileOrder.standard(List.of()), List.of(), null);
    }

    /** Fills the form with an existing monitor; its slug is shown but cannot be changed. */
    void edit(MonitorDetails monitor) {
        slug.setValue(monitor.slug());
        slug.setReadOnly(true);
        slug.setHelperText(getTranslation("monitor.form.slug-fixed-help"));
        name.setValue(monitor.name());
        summary.setValue(monitor.summary());
        region.setValue(monitor.region() == null ? "" : monitor.region());
        startDate.setValue(monitor.startDate());
        mapRegion.setValue(monitor.mapRegion());
        indicators.setRows(monitor.indicators().stream().map(IndicatorRow::new).toList());
        ladder.setRows(monitor.ladder().stream().map(StepRow::new).toList());
        kinds.setRows(monitor.kinds().stream()
                .map(kind -> new KindRow(kind, kind.code().equals(monitor.recencyKind()))).toList());
        showTiles(monitor.tileOrder(), monitor.indicators(), monitor.recencyKind());
    }

    /** The tiles in their order, each named as staff know it and marked when the definition does not show it. */
    private void showTiles(List<String> order, List<Indicator> indicatorValues, String recencyKind) {
        tiles.setRows(order.stream().map(key -> {
            Indicator indicator = indicatorValues.stream().filter(candidate -> candidate.code().equals(key))
                    .findFirst().orElse(null);
            String label = indicator != null ? getTranslation("monitor.tile.indicator", indicator.name())
                    : getTranslation(TileOrder.ESCALATION.equals(key) ? "monitor.tile.escalation"
                    : "monitor.tile.since-last");
            boolean shown = indicator != null ? !indicator.hidden()
                    : TileOrder.ESCALATION.equals(key) || recencyKind != null;
            return new TileRow(key, shown ? label : getTranslation("monitor.tile.not-shown", label));
        }).toList());
    }

    /** Lists problems at the top of the form; an empty list clears them. */
    void showProblems(List<String> messages) {
        problems.show(messages);
    }

    private void submit() {
        List<String> found = new ArrayList<>();
        required(slug, found, getTranslation("monitor.form.enter-slug"));
        required(name, found, getTranslation("monitor.form.enter-name"));
        startDate.setInvalid(startDate.getValue() == null);
        if (startDate.getValue() == null) {
            startDate.setErrorMessage(getTranslation("monitor.form.enter-start"));
            found.add(getTranslation("monitor.form.start-missing"));
        }
        List<Indicator> indicatorValues = read(indicators.rows(), IndicatorRow::value, "monitor.indicator.legend", found);
        List<EscalationStep> steps = read(ladder.rows(), StepRow::value, "monitor.step.legend", found);
        List<EntryKindDefinition> kindValues = read(kinds.rows(), KindRow::value, "monitor.kind.legend", found);
        List<KindRow> counted = kinds.rows().stream().filter(row -> row.counted.isChecked()).toList();
        if (counted.size() > 1) {
            found.add(getTranslation("monitor.form.one-counted"));
        }
        MapRegion chosenRegion = null;
        try {
            chosenRegion = mapRegion.value();
        } catch (RefusedException refused) {
            found.add(mapRegion.problem(refused));
        }
        if (found.isEmpty()) {
            try {
                MonitorDefinition definition = new MonitorDefinition(slug.getValue().strip(),
                        name.getValue().strip(), summary.getValue().strip(), startDate.getValue(),
                        indicatorValues, steps, kindValues,
                        counted.isEmpty() ? null : counted.getFirst().value().code(), region.getValue(),
                        chosenRegion, tiles.rows().stream().map(TileRow::key).toList());
                showProblems(List.of());
                fireEvent(new SaveEvent(this, definition));
                return;
            } catch (IllegalArgumentException refused) {
                found.add(Problems.text(refused));
            }
        }
        showProblems(found);
    }

    private void required(TextFieldBase<?, String> field, List<String> found, String message) {
        boolean missing = field.getValue().isBlank();
        field.setInvalid(missing);
        field.setErrorMessage(missing ? message : null);
        if (missing) {
            found.add(getTranslation("monitor.form.field-problem", field.getLabel(), message.toLowerCase(getLocale())));
        }
    }

    /** The rows' values; a row the domain refuses is marked, and listed as "Step 2: …" ({@code legendKey}). */
    private <R extends FormRow, V> List<V> read(List<R> rows, Function<R, V> value, String legendKey,
                                                List<String> found) {
        List<V> values = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            try {
                values.add(value.apply(rows.get(i)));
                rows.get(i).showProblem(null);
            } catch (IllegalArgumentException refused) {
                rows.get(i).showProblem(Problems.text(refused));
                found.add(getTranslation("monitor.form.field-problem", getTranslation(legendKey, i + 1),
                        Problems.text(refused)));
            }
        }
        return values;
    }

    /** A titled part of the form ({@code key}) with its explanation ({@code key.hint}). */
    private Section section(String key, Div content) {
        String title = getTranslation(key);
        Paragraph hint = new Paragraph(getTranslation(key + ".hint"));
        hint.addClassName("admin-form-hint");
        Section section = new Section(new H2(title), hint, content);
        section.addClassName("monitor-form-section");
        return section;
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    /** The admin saved a definition the domain accepted; the service checks it again. */
    static final class SaveEvent extends ComponentEvent<MonitorForm> {

        private final MonitorDefinition definition;

        SaveEvent(MonitorForm source, MonitorDefinition definition) {
            super(source, false);
            this.definition = definition;
        }

        MonitorDefinition definition() {
            return definition;
        }
    }

    static final class CancelEvent extends ComponentEvent<MonitorForm> {

        CancelEvent(MonitorForm source) {
            super(source, false);
        }
    }
}
