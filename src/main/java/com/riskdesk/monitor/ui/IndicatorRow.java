package com.riskdesk.monitor.ui;

import com.riskdesk.monitor.Indicator;
import com.riskdesk.monitor.MonitorService;
import com.vaadin.flow.component.textfield.TextField;

/** One indicator of a monitor being edited: code, name, unit and description. */
class IndicatorRow extends FormRow {

    final TextField code = new TextField("Code");
    final TextField name = new TextField("Name");
    final TextField unit = new TextField("Unit");
    final TextField description = new TextField("Description");

    IndicatorRow() {
        super("indicator-row");
        code.setMaxLength(Indicator.CODE_MAX);
        code.setAllowedCharPattern("[a-z0-9_]");
        code.setHelperText("Lower-case letters, digits, _");
        code.setRequiredIndicatorVisible(true);
        name.setMaxLength(Indicator.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        unit.setMaxLength(MonitorService.UNIT_MAX);
        unit.setHelperText("For example: boats, people");
        unit.setRequiredIndicatorVisible(true);
        description.setMaxLength(MonitorService.DESCRIPTION_MAX);
        addFields(code, name, unit, description);
    }

    IndicatorRow(Indicator indicator) {
        this();
        code.setValue(indicator.code());
        name.setValue(indicator.name());
        unit.setValue(indicator.unit());
        description.setValue(indicator.description() == null ? "" : indicator.description());
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
                text.isEmpty() ? null : text);
    }
}
