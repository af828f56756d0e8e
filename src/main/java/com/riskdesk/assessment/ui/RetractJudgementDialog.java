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

    final TextArea reason = new TextArea(getTranslation("judgement.retract.reason"));
    final Button confirm = new Button(getTranslation("judgement.retract.confirm"));

    RetractJudgementDialog(String period, Consumer<String> retract) {
        setHeaderTitle(getTranslation("judgement.retract.title", period));
        reason.setMaxLength(JudgementService.REASON_MAX);
        reason.setRequired(true);
        reason.setWidthFull();
        add(new Paragraph(getTranslation("judgement.retract.effect")),
                reason);
        confirm.addClickListener(click -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("judgement.problem.retract-why"));
                reason.setInvalid(true);
                return;
            }
            retract.accept(reason.getValue());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), confirm);
    }
}
