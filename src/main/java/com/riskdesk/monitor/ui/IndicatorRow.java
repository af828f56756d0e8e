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

    final TextField code = new TextField(getTranslation("monitor.indicator.code"));
    final TextField name = new TextField(getTranslation("monitor.indicator.name"));
    final TextField unit = new TextField(getTranslation("monitor.indicator.unit"));
    final TextField description = new TextField(getTranslation("monitor.indicator.description"));
    final Select<Counting> counting = new Select<>();
    final RowOption hidden = new RowOption(getTranslation("monitor.indicator.hidden"));

    IndicatorRow() {
        super("indicator-row");
        code.setMaxLength(Indicator.CODE_MAX);
        code.setAllowedCharPattern("[a-z0-9_]");
        code.setHelperText(getTranslation("monitor.indicator.code-help"));
        code.setRequiredIndicatorVisible(true);
        name.setMaxLength(Indicator.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        unit.setMaxLength(MonitorService.UNIT_MAX);
        unit.setHelperText(getTranslation("monitor.indicator.unit-help"));
        unit.setRequiredIndicatorVisible(true);
        description.setMaxLength(MonitorService.DESCRIPTION_MAX);
        counting.setLabel(getTranslation("monitor.indicator.counts"));
        counting.setItems(Counting.values());
        counting.setItemLabelGenerator(value -> getTranslation("monitor.indicator.counting." + value.name()));
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
        setLegendText(getTranslation("monitor.indicator.legend", position));
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
