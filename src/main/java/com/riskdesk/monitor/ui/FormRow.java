package com.riskdesk.monitor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Span;

/**
 * A row of {@link EditableRows}: a fieldset that labels itself by its 1-based position, can take focus, and shows
 * what is wrong with it.
 */
abstract class FormRow extends FieldSet {

    private final Span problem = new Span();

    FormRow(String className) {
        addClassName("admin-form-row");
        addClassName(className);
        problem.addClassName("admin-row-problem");
        problem.setVisible(false);
    }

    /** Adds the fields, followed by the place for the row's problem. */
    final void addFields(Component... fields) {
        add(fields);
        add(problem);
    }

    abstract void setPosition(int position);

    abstract void focusFirstField();

    /** Shows the message in the row and marks it; {@code null} clears it. */
    void showProblem(String message) {
        boolean wrong = message != null;
        problem.setText(wrong ? message : "");
        problem.setVisible(wrong);
        setClassName("admin-row-invalid", wrong);
    }
}
