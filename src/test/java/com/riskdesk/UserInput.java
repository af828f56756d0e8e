package com.riskdesk;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;

/**
 * A viewer changing a field the way the browser reports it (a value change from the client), for the browser's own
 * controls ({@code NativeSelect}, {@code NativeCheckbox}) that have no tester of their own. It refuses hidden or
 * disabled fields, as a browser would.
 */
public final class UserInput<C extends Component & HasValue<?, V>, V> extends ComponentTester<C> {

    private UserInput(C field) {
        super(field);
    }

    public static <C extends Component & HasValue<?, V>, V> void set(C field, V value) {
        new UserInput<>(field).setValueAsUser(value);
    }
}
