package com.riskdesk.entry.ui;

import com.riskdesk.entry.EntryService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** Asks why an entry is retracted; the reason is required and shown publicly in the corrections log. */
class RetractDialog extends Dialog {

    final TextArea reason = new TextArea(getTranslation("judgement.retract.reason"));

    RetractDialog(String headline, Consumer<String> retract) {
        setHeaderTitle(getTranslation("entry.retract.title"));
        reason.setMaxLength(EntryService.REASON_MAX);
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setHelperText(getTranslation("entry.retract.reason-help"));
        add(new Paragraph(headline), new Paragraph(getTranslation("entry.retract.effect")), reason);
        Button confirm = new Button(getTranslation("entry.retract.confirm"), click -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("entry.problem.retract-reason"));
                reason.setInvalid(true);
                return;
            }
            retract.accept(reason.getValue());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), confirm);
    }
}
