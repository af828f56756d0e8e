package com.riskdesk.security.ui;

import com.riskdesk.security.NewStaffMember;
import com.riskdesk.security.StaffMember;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.shared.Registration;

/** Asks for a new password for one account. Fires {@link ResetEvent}; a refusal is shown at the field. */
class ResetPasswordDialog extends Dialog {

    final PasswordField password = new PasswordField(getTranslation("staff.new-password"));
    final Button confirm = new Button(getTranslation("staff.set-password"));
    private final StaffMember member;

    ResetPasswordDialog(StaffMember member) {
        this.member = member;
        setHeaderTitle(getTranslation("staff.reset-title", member.displayName(), member.username()));
        password.setMinLength(NewStaffMember.PASSWORD_MIN);
        password.setMaxLength(NewStaffMember.PASSWORD_MAX);
        password.setHelperText(getTranslation("staff.password-help", NewStaffMember.PASSWORD_MIN));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setRequiredIndicatorVisible(true);
        password.setManualValidation(true);
        password.setWidthFull();
        add(password);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> fireEvent(new ResetEvent(this, password.getValue())));
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                password.focus();
            }
        });
    }

    StaffMember member() {
        return member;
    }

    /** Shows why the password was refused, at the field, and keeps the dialog open. */
    void refuse(String message) {
        password.setInvalid(true);
        password.setErrorMessage(message);
    }

    Registration addResetListener(ComponentEventListener<ResetEvent> listener) {
        return addListener(ResetEvent.class, listener);
    }

    /** The admin chose a new password for the dialog's account. */
    static final class ResetEvent extends ComponentEvent<ResetPasswordDialog> {

        private final String password;

        ResetEvent(ResetPasswordDialog source, String password) {
            super(source, false);
            this.password = password;
        }

        String password() {
            return password;
        }
    }
}
