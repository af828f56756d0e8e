package com.riskdesk.security.ui;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Covers a staff window whose session an admin ended: the account was disabled, its role changed or its password
 * reset, or it was signed out everywhere. It cannot be dismissed; the screen behind it no longer acts.
 */
class SignedOutDialog extends Dialog {

    static final String MESSAGE = "signed-out.message";

    SignedOutDialog() {
        setHeaderTitle(getTranslation("signed-out.title"));
        setModal(true);
        setCloseOnEsc(false);
        setCloseOnOutsideClick(false);
        addClassName("signed-out");
        add(new Paragraph(getTranslation(MESSAGE)));
        getFooter().add(new Anchor("login", getTranslation("signed-out.sign-in-again")));
    }
}
