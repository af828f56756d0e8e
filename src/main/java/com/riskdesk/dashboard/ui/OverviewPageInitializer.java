package com.riskdesk.dashboard.ui;

import com.riskdesk.base.web.PublicAddress;
import com.riskdesk.base.i18n.Languages;
import com.riskdesk.dashboard.DashboardHeadline;
import com.riskdesk.dashboard.DashboardWords;
import com.riskdesk.dashboard.MonitorCard;
import com.riskdesk.dashboard.MonitorCards;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;

/**
 * Link-preview tags for the overview's first HTML response: a description naming how many monitors there are and
 * each one's latest trend judgement (as filtered by the link), and Open Graph and Twitter card tags, so a shared link
 * to the start page previews with words instead of a bare address.
 */
@Component
class OverviewPageInitializer implements VaadinServiceInitListener {

    private final MonitorCards cards;
    private final PublicAddress address;

    OverviewPageInitializer(MonitorCards cards, PublicAddress address) {
        this.cards = cards;
        this.address = address;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::shape);
    }

    private void shape(IndexHtmlResponse page) {
        VaadinRequest request = page.getVaadinRequest();
        String path = request.getPathInfo();
        if (path != null && !path.isEmpty() && !"/".equals(path)) {
            return;
        }
        OverviewParameters view = OverviewParameters.from(QueryParameters.full(request.getParameterMap()));
        DashboardWords words = DashboardWords.in(request instanceof HttpServletRequest http ? Languages.of(http)
                : Languages.ENGLISH);
        String description = describe(view.apply(cards.all()), words);
        String url = Languages.withLanguage((request instanceof HttpServletRequest http ? address.origin(http)
                : request.getContextPath()) + "/" + view.path(), words.language());
        String title = words.text("overview.page-title");
        Document document = page.getDocument();
        document.title(title);
        DashboardPageInitializer.meta(document, "property", "og:locale", words.text("dashboard.preview.og-locale"));
        DashboardPageInitializer.meta(document, "name", "description", description);
        DashboardPageInitializer.meta(document, "property", "og:type", "website");
        DashboardPageInitializer.meta(document, "property", "og:site_name", DashboardHeadline.SITE_NAME);
        DashboardPageInitializer.meta(document, "property", "og:title", title);
        DashboardPageInitializer.meta(document, "property", "og:description", description);
        DashboardPageInitializer.meta(document, "property", "og:url", url);
        DashboardPageInitializer.meta(document, "name", "twitter:card", "summary");
        DashboardPageInitializer.meta(document, "name", "twitter:title", title);
        DashboardPageInitializer.meta(document, "name", "twitter:description", description);
    }

    /** "2 monitors. Haiti (Caribbean): deteriorated in November 2025, risk alert. Sahel: not judged yet." */
    static String describe(List<MonitorCard> shown) {
        return describe(shown, DashboardWords.ENGLISH);
    }

    static String describe(List<MonitorCard> shown, DashboardWords words) {
        StringBuilder text = new StringBuilder(words.text("overview.count", shown.size())).append('.');
        for (MonitorCard card : shown) {
            text.append(' ').append(card.monitor().name());
            if (card.monitor().region() != null) {
                text.append(" (").append(card.monitor().region()).append(')');
            }
            text.append(": ").append(card.latestJudgement()
                    .map(judgement -> words.text("overview.preview.judged",
                            words.text("dashboard.trend." + judgement.trend().name()).toLowerCase(words.language()),
                            words.period(judgement.period()))
                            + (judgement.alert() ? words.text("overview.preview.alert") : ""))
                    .orElse(words.text("overview.preview.not-judged"))).append('.');
        }
        return text.toString();
    }
}
