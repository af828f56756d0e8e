package com.riskdesk.base.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.Tag;

/**
 * The browser's own checkbox ({@code <input type="checkbox">}), synced when the viewer ticks it: one element and no
 * web component, like {@link NativeSelect}. Put it inside a {@code <label>} with its words.
 */
@Tag("input")
public class NativeCheckbox extends AbstractSinglePropertyField<NativeCheckbox, Boolean>
        implements Focusable<NativeCheckbox> {

    public NativeCheckbox(boolean checked) {
        super("checked", false, false);
        getElement().setAttribute("type", "checkbox");
        setSynchronizedEvent("change");
        setValue(checked);
    }
}
