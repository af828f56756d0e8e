package com.riskdesk.assessment.ui;

import com.riskdesk.assessment.JudgementService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** Asks why a judgement is retracted; the reason is required and kept in its history. */
class RetractJudgementDialog extends Dialog {

    final TextArea reason = new TextArea("Reason for retracting");
    final Button confirm = new Button("Retract judgement");

    RetractJudgementDialog(String period, Consumer<String> retract) {
        setHeaderTitle("Retract the judgement for " + period + "?");
        reason.setMaxLength(JudgementService.REASON_MAX);
        reason.setRequired(true);
        reason.setWidthFull();
        add(new Paragraph("It disappears from the overview, the dashboard, the API and the feed; its history stays."),
                reason);
        confirm.addClickListener(click -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage("Say why the judgement is retracted");
                reason.setInvalid(true);
                return;
            }
            retract.accept(reason.getValue());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), confirm);
    }
}
