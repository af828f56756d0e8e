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

    final TextArea reason = new TextArea("Reason for retracting");

    RetractDialog(String headline, Consumer<String> retract) {
        setHeaderTitle("Retract this entry?");
        reason.setMaxLength(EntryService.REASON_MAX);
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setHelperText("Shown to the public in the corrections log");
        add(new Paragraph(headline), new Paragraph("It will no longer count in any figure, and stays visible, "
                + "with this reason, in the dashboard's corrections log."), reason);
        Button confirm = new Button("Retract entry", click -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage("Say why the entry is retracted");
                reason.setInvalid(true);
                return;
            }
            retract.accept(reason.getValue());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), confirm);
    }
}
