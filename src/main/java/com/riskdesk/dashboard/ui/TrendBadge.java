package com.riskdesk.dashboard.ui;

import com.riskdesk.assessment.PublishedJudgement;
import com.riskdesk.assessment.Trend;
import com.riskdesk.dashboard.html.JudgementHtml;
import com.vaadin.flow.component.html.Span;

/** A judgement's trend as a word with a symbol ("▼ Deteriorated"), coloured by its class; the word carries the meaning. */
final class TrendBadge extends Span {

    TrendBadge(Trend trend) {
        Span symbol = new Span(JudgementHtml.symbol(trend));
        symbol.getElement().setAttribute("aria-hidden", "true");
        add(symbol, new Span(getTranslation("dashboard.trend." + trend.name())));
        addClassNames("trend", "trend-" + trend.code());
    }

    /** "Risk alert: …" for a judgement that raises one, else null. */
    static Span alert(PublishedJudgement judgement) {
        if (!judgement.alert()) {
            return null;
        }
        Span alert = new Span();
        alert.setText(alert.getTranslation("dashboard.risk-alert", judgement.alertText()));
        alert.addClassName("risk-alert");
        return alert;
    }
}
