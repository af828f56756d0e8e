package com.riskdesk.security.ui;

import com.riskdesk.security.NewStaffMember;
import com.riskdesk.security.StaffRole;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

/** The fields for a new staff account. Fires {@link CreateEvent}; the service decides whether it is acceptable. */
class NewStaffForm extends Div {

    final TextField username = new TextField(getTranslation("staff.username"));
    final TextField displayName = new TextField(getTranslation("staff.display-name"));
    final Select<StaffRole> role = new Select<>();
    final PasswordField password = new PasswordField(getTranslation("staff.initial-password"));
    final Button create = new Button(getTranslation("staff.create"));

    NewStaffForm() {
        addClassName("staff-form");
        username.setMaxLength(NewStaffMember.USERNAME_MAX);
        username.setAllowedCharPattern("[a-zA-Z0-9._@-]");
        username.setHelperText(getTranslation("staff.username-help", NewStaffMember.USERNAME_MAX));
        username.setRequiredIndicatorVisible(true);
        username.setAutocomplete(Autocomplete.OFF);
        displayName.setMaxLength(NewStaffMember.DISPLAY_NAME_MAX);
        displayName.setHelperText(getTranslation("staff.display-name-help"));
        role.setLabel(getTranslation("staff.role"));
        role.setItems(StaffRole.values());
        role.setItemLabelGenerator(value -> getTranslation("staff.role." + value.name()));
        role.setValue(StaffRole.EDITOR);
        role.setHelperText(getTranslation("staff.role-help"));
        password.setMinLength(NewStaffMember.PASSWORD_MIN);
        password.setMaxLength(NewStaffMember.PASSWORD_MAX);
        password.setHelperText(getTranslation("staff.initial-password-help", NewStaffMember.PASSWORD_MIN));
        password.setRequiredIndicatorVisible(true);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> fireEvent(new CreateEvent(this, new NewStaffMember(
                username.getValue().strip(), displayName.getValue().strip(), role.getValue(), password.getValue()))));
        add(username, displayName, role, password, create);
    }

    /** Empties the fields for the next account; the password never lingers in the page. */
    void clear() {
        username.clear();
        displayName.clear();
        role.setValue(StaffRole.EDITOR);
        password.clear();
    }

    Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
        return addListener(CreateEvent.class, listener);
    }

    /** The admin asked for an account with these details. */
    static final class CreateEvent extends ComponentEvent<NewStaffForm> {

        private final NewStaffMember member;

        CreateEvent(NewStaffForm source, NewStaffMember member) {
            super(source, false);
            this.member = member;
        }

        NewStaffMember member() {
            return member;
        }
    }
}
