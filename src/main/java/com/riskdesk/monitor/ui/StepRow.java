package com.riskdesk.monitor.ui;

import com.riskdesk.monitor.EscalationStep;
import com.riskdesk.monitor.MonitorService;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** One rung of the escalation ladder being edited. Its position is its level: step 1 is the lowest. */
class StepRow extends FormRow {

    final TextField name = new TextField(getTranslation("monitor.step.name"));
    final TextArea meaning = new TextArea(getTranslation("monitor.step.meaning"));

    StepRow() {
        super("step-row");
        name.setMaxLength(EscalationStep.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        meaning.setMaxLength(MonitorService.MEANING_MAX);
        meaning.setRequiredIndicatorVisible(true);
        addFields(name, meaning);
    }

    StepRow(EscalationStep step) {
        this();
        name.setValue(step.name());
        meaning.setValue(step.meaning());
    }

    @Override
    void setPosition(int position) {
        setLegendText(getTranslation(position == 1 ? "monitor.step.legend-lowest" : "monitor.step.legend", position));
    }

    @Override
    void focusFirstField() {
        name.focus();
    }

    /** The step as entered; throws IllegalArgumentException with the domain's message when it is not valid. */
    EscalationStep value() {
        return new EscalationStep(name.getValue().strip(), meaning.getValue().strip());
    }
}
