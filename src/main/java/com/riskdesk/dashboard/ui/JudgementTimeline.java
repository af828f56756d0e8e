package com.riskdesk.dashboard.ui;

import com.riskdesk.assessment.PublishedJudgement;
import com.riskdesk.dashboard.DashboardWords;
import com.riskdesk.dashboard.html.JudgementHtml;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Section;
import java.util.List;

/**
 * The dashboard's "Trend judgements" section: staff's judgement for each period, latest first, with its trend, risk
 * alert, narrative and sources, and the reason of a correction. One element whose content is written on the server
 * once per list of judgements ({@link JudgementHtml}) and shared by every open dashboard, instead of some fifteen
 * components per judgement in each; replaced whole when the judgements change.
 */
@StyleSheet("styles/judgements.css")
class JudgementTimeline extends Section {

    private List<PublishedJudgement> shown;

    JudgementTimeline() {
        addClassName("judgements");
        setId("judgements");
        getElement().setAttribute("aria-labelledby", JudgementHtml.HEADING_ID);
    }

    void show(List<PublishedJudgement> judgements) {
        if (judgements.equals(shown)) {
            return;
        }
        shown = judgements;
        getElement().setProperty("innerHTML", JudgementHtml.timeline(judgements, DashboardWords.in(getLocale())));
    }
}
