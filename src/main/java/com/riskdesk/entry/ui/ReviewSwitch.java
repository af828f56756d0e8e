package com.riskdesk.entry.ui;

import com.riskdesk.base.ui.NativeCheckbox;
import com.riskdesk.base.ui.StaffDates;
import com.riskdesk.entry.review.ReviewSetting;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;

/**
 * Whether the monitor's editors' changes wait for a second person's review: a checkbox for admins, a note for editors
 * while it is on. Says who switched it last, and when.
 */
class ReviewSwitch extends Div {

    final NativeCheckbox required = new NativeCheckbox(false);
    private final Span state = new Span();

    ReviewSwitch(boolean admin, Consumer<Boolean> onSwitch) {
        setId("review-switch");
        addClassName("review-switch");
        required.setId("review-required");
        required.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                onSwitch.accept(change.getValue());
            }
        });
        state.addClassName("review-state");
        if (admin) {
            NativeLabel label = new NativeLabel();
            label.add(required, new Span(getTranslation("review.switch.label")));
            add(label);
        }
        add(state);
    }

    void show(ReviewSetting setting, StaffDates dates, boolean admin) {
        required.setValue(setting.required());
        String who = setting.changedBy() == null ? ""
                : getTranslation(setting.required() ? "review.switch.turned-on" : "review.switch.turned-off",
                        setting.changedBy(), dates.formatUtc(setting.changedAt()));
        if (setting.required()) {
            state.setText((admin ? "" : getTranslation("review.switch.required")) + who);
        } else {
            state.setText(admin ? who : "");
        }
        setVisible(admin || setting.required());
    }
}
