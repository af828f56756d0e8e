package com.riskdesk.dashboard.ui;

import com.riskdesk.base.ui.NativeCheckbox;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import java.util.function.IntConsumer;

/**
 * Lets a viewer pause live updates: while paused, changes are counted ("Paused — 2 updates waiting") and shown
 * only on request or when live updates are switched back on.
 */
class LiveUpdatesControl extends Div {

    private final NativeCheckbox live = new NativeCheckbox(true);
    private final Span note = new Span();
    private final Button show = new Button(getTranslation("dashboard.show-updates"));
    private final IntConsumer showWaiting;
    private int waiting;

    /** {@code showWaiting} brings the page up to date, given how many changes were waiting. */
    LiveUpdatesControl(IntConsumer showWaiting) {
        this.showWaiting = showWaiting;
        addClassName("live-updates");
        live.setId("live-updates");
        NativeLabel toggle = new NativeLabel();
        toggle.add(live, new Span(getTranslation("dashboard.live-updates")));
        toggle.addClassName("live-updates-toggle");
        note.addClassName("live-updates-note");
        show.addClassName("live-updates-show");
        show.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        live.addValueChangeListener(change -> {
            if (change.getValue()) {
                catchUp();
            } else {
                render();
            }
        });
        show.addClickListener(click -> {
            catchUp();
            live.focus();
        });
        add(toggle, note, show);
        render();
    }

    boolean isLive() {
        return live.getValue();
    }

    /** Counts changes that arrived while paused. */
    void hold(int changes) {
        waiting += changes;
        render();
    }

    /** Forgets waiting changes, e.g. when the page was brought up to date another way. */
    void clear() {
        waiting = 0;
        render();
    }

    private void catchUp() {
        int changes = waiting;
        clear();
        if (changes > 0) {
            showWaiting.accept(changes);
        }
    }

    private void render() {
        boolean paused = !isLive();
        note.setVisible(paused);
        note.setText(getTranslation("dashboard.paused", waiting));
        show.setVisible(paused && waiting > 0);
    }
}
