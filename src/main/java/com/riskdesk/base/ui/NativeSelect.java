package com.riskdesk.base.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.Map;

/**
 * The browser's own {@code <select>}: one element and its options in the UI's state, and no web component to load,
 * for a public page that must open fast and stay light per viewer. The value is the chosen option's value, synced
 * when the viewer changes it. Label it with a {@code <label for>} or {@code aria-label}.
 */
@Tag("select")
public class NativeSelect extends AbstractSinglePropertyField<NativeSelect, String> implements Focusable<NativeSelect> {

    /** {@code options} maps each value to the words shown for it, in the order shown. */
    public NativeSelect(Map<String, String> options) {
        super("value", "", false);
        setSynchronizedEvent("change");
        options.forEach((value, label) -> getElement().appendChild(
                new Element("option").setAttribute("value", value).setText(label)));
        // The chosen option is also marked as an attribute: a select written with its options in one response may
        // get its value property before its options exist, and would then show the first option.
        addValueChangeListener(change -> getElement().getChildren().forEach(
                option -> option.setAttribute("selected", option.getAttribute("value").equals(change.getValue()))));
    }
}
