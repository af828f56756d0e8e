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

    final TextField code = new TextField("Kind code");
    final TextField label = new TextField("Kind label");
    final RowOption hidden = new RowOption("Hidden (kept on old entries, not offered for new ones)");
    final RowOption counted = new RowOption("The \"days since the last ...\" tile counts this kind");

    KindRow() {
        super("kind-row");
        code.setMaxLength(EntryKindDefinition.CODE_MAX);
        code.setAllowedCharPattern("[A-Za-z0-9_]");
        code.setHelperText("Capital letters, digits, _; kept by entries, so it cannot change once used");
        code.setRequiredIndicatorVisible(true);
        label.setMaxLength(EntryKindDefinition.LABEL_MAX);
        label.setRequiredIndicatorVisible(true);
        label.setHelperText("For example: Attack, Statement");
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
            code.setHelperText("Built in: escalation-step entries move the ladder");
            hidden.setVisible(false);
        }
    }

    @Override
    void setPosition(int position) {
        setLegendText("Kind " + position);
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
