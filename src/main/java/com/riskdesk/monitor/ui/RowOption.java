package com.riskdesk.monitor.ui;

import com.riskdesk.base.ui.NativeCheckbox;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;

/** A tick box with its words, for a choice of one row ("Hidden"): the browser's own checkbox inside its label. */
final class RowOption extends NativeLabel {

    final NativeCheckbox box = new NativeCheckbox(false);

    RowOption(String words) {
        addClassName("row-option");
        add(box, new Span(words));
    }

    boolean isChecked() {
        return box.getValue();
    }

    void setChecked(boolean checked) {
        box.setValue(checked);
    }
}
