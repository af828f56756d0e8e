package com.riskdesk.dashboard.ui;

import com.riskdesk.assessment.JudgementSource;
import com.riskdesk.assessment.PublishedJudgement;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * The dashboard's "Trend judgements" section: staff's judgement for each period, latest first, with its trend, risk
 * alert, narrative and sources, and the reason of a correction. Replaced whole when the judgements change.
 */
@StyleSheet("styles/judgements.css")
class JudgementTimeline extends Section {

    private final Div content = new Div();
    private List<PublishedJudgement> shown;

    JudgementTimeline() {
        addClassName("judgements");
        setId("judgements");
        H2 heading = new H2(getTranslation("dashboard.judgements"));
        heading.setId("judgements-heading");
        getElement().setAttribute("aria-labelledby", "judgements-heading");
        Paragraph about = new Paragraph(getTranslation("dashboard.judgements.about"));
        about.addClassName("judgements-about");
        add(heading, about, content);
    }

    void show(List<PublishedJudgement> judgements) {
        if (judgements.equals(shown)) {
            return;
        }
        shown = judgements;
        content.removeAll();
        if (judgements.isEmpty()) {
            content.add(new Paragraph(getTranslation("dashboard.judgements.none")));
            return;
        }
        OrderedList list = new OrderedList();
        list.addClassName("judgement-list");
        judgements.forEach(judgement -> list.add(item(judgement)));
        content.add(list);
    }

    private static ListItem item(PublishedJudgement judgement) {
        H3 period = new H3(judgement.period().describe());
        period.addClassName("judgement-period");
        Div head = new Div(period, new TrendBadge(judgement.trend()));
        head.addClassName("judgement-head");
        ListItem item = new ListItem(head);
        item.addClassName("judgement");
        item.setId("judgement-" + judgement.id());
        Span alert = TrendBadge.alert(judgement);
        if (alert != null) {
            item.add(alert);
        }
        Paragraph narrative = new Paragraph(judgement.narrative());
        narrative.addClassName("judgement-narrative");
        item.add(narrative);
        UnorderedList sources = new UnorderedList();
        sources.addClassName("judgement-sources");
        for (JudgementSource source : judgement.sources()) {
            if (source.url() == null) {
                sources.add(new ListItem(source.name()));
                continue;
            }
            Anchor link = new Anchor(source.url(), source.name(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            sources.add(new ListItem(link));
        }
        item.add(new Span(item.getTranslation("dashboard.judgements.sources")), sources);
        if (judgement.corrected() && judgement.correctionReason() != null) {
            Paragraph corrected = new Paragraph(item.getTranslation("dashboard.judgements.corrected", judgement.correctionReason()));
            corrected.addClassName("judgement-corrected");
            item.add(corrected);
        }
        return item;
    }
}
