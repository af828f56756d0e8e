package com.riskdesk.monitor.ui;

import com.riskdesk.monitor.EntryKindDefinition;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;

/**
 * One kind of entry of a monitor being edited: its code (kept by entries), the label readers see, whether staff may
 * still choose it, and whether the "days since the last ..." tile counts it. The built-in escalation-step kind keeps
 * its code and cannot be hidden: the ladder is fed by it.
 */
class KindRow extends FormRow {

    final TextField code = new TextField(getTranslation("monitor.kind.code"));
    final TextField label = new TextField(getTranslation("monitor.kind.label"));
    final RowOption hidden = new RowOption(getTranslation("monitor.kind.hidden"));
    final RowOption counted = new RowOption(getTranslation("monitor.kind.counted"));

    KindRow() {
        super("kind-row");
        code.setMaxLength(EntryKindDefinition.CODE_MAX);
        code.setAllowedCharPattern("[A-Za-z0-9_]");
        code.setHelperText(getTranslation("monitor.kind.code-help"));
        code.setRequiredIndicatorVisible(true);
        label.setMaxLength(EntryKindDefinition.LABEL_MAX);
        label.setRequiredIndicatorVisible(true);
        label.setHelperText(getTranslation("monitor.kind.label-help"));
        addFields(code, label, hidden, counted);
    }

    KindRow(EntryKindDefinition kind, boolean countedBySinceTile) {
        this();
        code.setValue(kind.code());
        label.setValue(kind.label());
        hidden.setChecked(kind.hidden());
        counted.setChecked(countedBySinceTile);
        if (kind.isEscalationStep()) {
            code.setReadOnly(true);
            code.setHelperText(getTranslation("monitor.kind.built-in"));
            hidden.setVisible(false);
        }
    }

    @Override
    void setPosition(int position) {
        setLegendText(getTranslation("monitor.kind.legend", position));
    }

    @Override
    void focusFirstField() {
        code.focus();
    }

    /** The kind as entered; throws IllegalArgumentException with the domain's message when it is not valid. */
    EntryKindDefinition value() {
        return new EntryKindDefinition(code.getValue().strip().toUpperCase(Locale.ROOT), label.getValue().strip(),
                hidden.isChecked());
    }
}
