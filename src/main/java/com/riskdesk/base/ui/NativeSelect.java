package com.riskdesk.base.ui;

import com.riskdesk.base.web.Remembered;
import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * The browser's own {@code <select>}: one element in the UI's state, its options written as its HTML (shared by
 * every window showing the same options and choice), and no web component to load, for a public page that must open
 * fast and stay light per viewer. The value is the chosen option's value, synced when the viewer changes it. Label it
 * with a {@code <label for>} or {@code aria-label}.
 */
@Tag("select")
public class NativeSelect extends AbstractSinglePropertyField<NativeSelect, String> implements Focusable<NativeSelect> {

    private static final Remembered<Written, String> WRITTEN = new Remembered<>(500);

    /** {@code options} maps each value to the words shown for it, in the order shown. */
    public NativeSelect(Map<String, String> options) {
        super("value", "", false);
        setSynchronizedEvent("change");
        List<Map.Entry<String, String>> shown = options.entrySet().stream()
                .map(option -> Map.entry(option.getKey(), option.getValue())).toList();
        // The chosen option is also marked as an attribute: a select written with its options in one response may
        // get its value property before its options exist, and would then show the first option.
        addValueChangeListener(change -> write(shown, change.getValue()));
        write(shown, "");
    }

    private void write(List<Map.Entry<String, String>> options, String chosen) {
        getElement().setProperty("innerHTML", WRITTEN.get(new Written(options, chosen), Written::html));
    }

    /** The options (in their order) with one of them chosen. */
    private record Written(List<Map.Entry<String, String>> options, String chosen) {

        String html() {
            StringBuilder html = new StringBuilder();
            options.forEach(option -> html.append("<option value=\"").append(HtmlUtils.htmlEscape(option.getKey()))
                    .append('"').append(option.getKey().equals(chosen) ? " selected" : "").append('>')
                    .append(HtmlUtils.htmlEscape(option.getValue())).append("</option>"));
            return html.toString();
        }
    }
}
