package com.riskdesk.dashboard.ui;

import com.riskdesk.base.i18n.Languages;
import com.riskdesk.dashboard.DashboardWords;
import com.riskdesk.assessment.PublishedJudgement;
import com.riskdesk.assessment.Trend;
import com.riskdesk.base.ui.AddressBar;
import com.riskdesk.base.ui.NativeSelect;
import com.riskdesk.dashboard.EscalationPoint;
import com.riskdesk.dashboard.MonitorCard;
import com.riskdesk.dashboard.MonitorCards;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The overview: every monitor for someone following several regions, with its region, escalation step, headline
 * figures and latest trend judgement. Sorting and filters live in the link ({@link OverviewParameters}).
 */
@Route("")
@AnonymousAllowed
@StyleSheet("styles/judgements.css")
public class MonitorListView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MonitorCards monitors;
    private final Div controls = new Div();
    private final Paragraph count = new Paragraph();
    private final UnorderedList list = new UnorderedList();
    private final Paragraph none = new Paragraph(getTranslation("overview.none"));
    private List<MonitorCard> cards = List.of();
    private OverviewParameters parameters = OverviewParameters.DEFAULT;

    MonitorListView(MonitorCards monitors) {
        this.monitors = monitors;
        addClassName("monitor-list");
        controls.addClassName("overview-controls");
        count.addClassName("overview-count");
        count.setId("overview-count");
        count.getElement().setAttribute("aria-live", "polite");
        list.addClassName("overview-cards");
        add(new H1(getTranslation("overview.title")), none, controls, count, list);
    }

    /** Reads the cards on every arrival: Vaadin keeps this view when a link leads from it to itself. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        parameters = OverviewParameters.from(event.getLocation().getQueryParameters());
        cards = monitors.all();
        none.setVisible(cards.isEmpty());
        controls.setVisible(!cards.isEmpty());
        count.setVisible(!cards.isEmpty());
        list.setVisible(!cards.isEmpty());
        show();
    }

    private void choose(OverviewParameters chosen) {
        parameters = chosen;
        getUI().ifPresent(ui -> AddressBar.replace(ui, chosen.path().isEmpty() ? "./" : chosen.path()));
        show();
    }

    private void show() {
        controls.removeAll();
        controls.add(field("overview-sort", getTranslation("overview.sort"), sortOptions(), parameters.sort().key,
                        value -> choose(parameters.withSort(OverviewParameters.Sort.of(value).orElseThrow()))),
                field("overview-region", getTranslation("overview.region"), regionOptions(), Objects.toString(parameters.region(), ""),
                        value -> choose(parameters.withRegion(value))),
                field("overview-trend", getTranslation("overview.trend"), trendOptions(),
                        parameters.trend() == null ? "" : parameters.trend().code(),
                        value -> choose(parameters.withTrend(Trend.fromCode(value).orElse(null)))));
        List<MonitorCard> shown = parameters.apply(cards);
        count.setText(shown.size() == cards.size() ? getTranslation("overview.count", cards.size())
                : getTranslation("overview.count-shown", shown.size(), cards.size()));
        list.removeAll();
        DashboardWords words = DashboardWords.in(getLocale());
        shown.forEach(card -> list.add(card(card, words)));
        if (shown.isEmpty()) {
            Anchor clear = new Anchor(Languages.withLanguage("./", getLocale()), getTranslation("overview.show-all"));
            clear.addClassName("overview-clear");
            list.add(new ListItem(new Paragraph(getTranslation("overview.no-match")), clear));
        }
    }

    private static Div field(String id, String label, Map<String, String> options, String value,
                             Consumer<String> chosen) {
        NativeSelect select = new NativeSelect(options);
        select.setId(id);
        select.setValue(options.containsKey(value) ? value : options.keySet().iterator().next());
        select.addValueChangeListener(change -> {
            if (change.isFromClient() && options.containsKey(change.getValue())) {
                chosen.accept(change.getValue());
            }
        });
        NativeLabel name = new NativeLabel(label);
        name.setFor(id);
        Div field = new Div(name, select);
        field.addClassName("overview-field");
        return field;
    }

    private Map<String, String> sortOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        for (OverviewParameters.Sort sort : OverviewParameters.Sort.values()) {
            options.put(sort.key, getTranslation(sort.labelKey));
        }
        return options;
    }

    private Map<String, String> regionOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("", getTranslation("overview.all-regions"));
        cards.stream().map(card -> card.monitor().region()).filter(Objects::nonNull).distinct().sorted()
                .forEach(region -> options.put(region, region));
        if (parameters.region() != null) {
            options.putIfAbsent(parameters.region(), parameters.region());
        }
        return options;
    }

    private Map<String, String> trendOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("", getTranslation("overview.any-trend"));
        for (Trend trend : Trend.values()) {
            options.put(trend.code(), getTranslation("dashboard.trend." + trend.name()));
        }
        return options;
    }

    private ListItem card(MonitorCard card, DashboardWords words) {
        Anchor link = new Anchor(Languages.withLanguage("monitors/" + card.monitor().slug(), getLocale()),
                card.monitor().name());
        ListItem item = new ListItem(new H2(link));
        item.addClassName("monitor-card");
        item.setId("monitor-" + card.monitor().slug());
        if (card.monitor().region() != null) {
            Paragraph region = new Paragraph(card.monitor().region());
            region.addClassName("monitor-region");
            item.add(region);
        }
        item.add(step(card, words), judgement(card, words));
        if (!card.figures().isEmpty()) {
            UnorderedList figures = new UnorderedList();
            figures.addClassName("monitor-figures");
            card.figures().forEach(figure -> figures.add(new ListItem(new Span(figure.indicator().name() + ": "),
                    new Span(words.describe(figure.value())))));
            item.add(figures);
        }
        Paragraph summary = new Paragraph(card.monitor().summary());
        summary.addClassName("monitor-summary");
        item.add(summary);
        if (!Instant.EPOCH.equals(card.lastChange())) {
            Paragraph changed = new Paragraph(words.text("overview.last-change",
                    words.day(card.lastChange().atOffset(ZoneOffset.UTC).toLocalDate())));
            changed.addClassName("monitor-changed");
            item.add(changed);
        }
        return item;
    }

    private static Paragraph step(MonitorCard card, DashboardWords words) {
        EscalationPoint current = card.currentStep().orElse(null);
        Paragraph step = new Paragraph(current == null ? words.text("overview.no-step")
                : words.text("overview.step", words.number(current.level()),
                        words.number(card.monitor().ladder().size()), current.stepName(),
                        words.when(current.citation())));
        step.addClassName("monitor-step");
        return step;
    }

    private static Component judgement(MonitorCard card, DashboardWords words) {
        Div judgement = new Div();
        judgement.addClassName("monitor-judgement");
        if (card.latestJudgement().isEmpty()) {
            judgement.add(new Span(words.text("overview.no-judgement")));
            return judgement;
        }
        PublishedJudgement latest = card.latestJudgement().get();
        judgement.add(new Span(words.text("overview.trend-in", words.period(latest.period()))), new TrendBadge(latest.trend()));
        Span alert = TrendBadge.alert(latest);
        if (alert != null) {
            judgement.add(alert);
        }
        return judgement;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.page-title");
    }
}
