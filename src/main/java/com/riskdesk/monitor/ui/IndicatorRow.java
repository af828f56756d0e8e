package com.riskdesk.monitor.ui;

import com.riskdesk.monitor.Counting;
import com.riskdesk.monitor.Indicator;
import com.riskdesk.monitor.MonitorService;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * One indicator of a monitor being edited: code, name, unit, description, how it adds up, and whether it is shown.
 * Its position is its tile's and chart line's place on the dashboard.
 */
class IndicatorRow extends FormRow {

    final TextField code = new TextField("Code");
    final TextField name = new TextField("Name");
    final TextField unit = new TextField("Unit");
    final TextField description = new TextField("Description");
    final Select<Counting> counting = new Select<>();
    final RowOption hidden = new RowOption("Hidden (no tile or chart line; its figures are kept)");

    IndicatorRow() {
        super("indicator-row");
        code.setMaxLength(Indicator.CODE_MAX);
        code.setAllowedCharPattern("[a-z0-9_]");
        code.setHelperText("Lower-case letters, digits, _");
        code.setRequiredIndicatorVisible(true);
        name.setMaxLength(Indicator.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        unit.setMaxLength(MonitorService.UNIT_MAX);
        unit.setHelperText("For example: attacks, people");
        unit.setRequiredIndicatorVisible(true);
        description.setMaxLength(MonitorService.DESCRIPTION_MAX);
        counting.setLabel("Counts");
        counting.setItems(Counting.values());
        counting.setItemLabelGenerator(value -> value == Counting.EVENTS ? "A count of events" : "A running total");
        counting.setValue(Counting.RUNNING_TOTAL);
        addFields(code, name, unit, description, counting, hidden);
    }

    IndicatorRow(Indicator indicator) {
        this();
        code.setValue(indicator.code());
        name.setValue(indicator.name());
        unit.setValue(indicator.unit());
        description.setValue(indicator.description() == null ? "" : indicator.description());
        counting.setValue(indicator.counting());
        hidden.setChecked(indicator.hidden());
    }

    @Override
    void setPosition(int position) {
        setLegendText("Indicator " + position);
    }

    @Override
    void focusFirstField() {
        code.focus();
    }

    /** The indicator as entered; throws IllegalArgumentException with the domain's message when it is not valid. */
    Indicator value() {
        String text = description.getValue().strip();
        return new Indicator(code.getValue().strip(), name.getValue().strip(), unit.getValue().strip(),
                text.isEmpty() ? null : text, counting.getValue(), hidden.isChecked());
    }
}
