package com.riskdesk.dashboard.ui;

import com.riskdesk.base.i18n.Languages;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Says plainly that the dashboard is a snapshot, as known at a moment, and links to the live view. */
class SnapshotBanner extends Div {

    SnapshotBanner() {
        addClassName("snapshot-banner");
        setId("snapshot-banner");
        getElement().setAttribute("role", "note");
        setVisible(false);
    }

    /** Shows the banner for a snapshot at {@code moment}; hides it for a live view ({@code null}). */
    void show(Instant moment, String livePath) {
        removeAll();
        setVisible(moment != null);
        if (moment != null) {
            String when = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss 'UTC'", getLocale())
                    .withZone(ZoneOffset.UTC).format(moment);
            add(new Span(getTranslation("page.snapshot", when) + " "),
                    new Anchor(Languages.withLanguage(livePath, getLocale()), getTranslation("dashboard.see-live")));
        }
    }
}
