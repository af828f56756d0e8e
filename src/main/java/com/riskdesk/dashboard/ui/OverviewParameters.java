package com.riskdesk.dashboard.ui;

import com.riskdesk.assessment.PublishedJudgement;
import com.riskdesk.assessment.Trend;
import com.riskdesk.dashboard.MonitorCard;
import com.vaadin.flow.router.QueryParameters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a viewer has chosen on the overview, as carried in the link: the order ({@code sort=region}) and the filters
 * ({@code region=Caribbean}, {@code trend=deteriorated}). Anything unknown falls back to its default (by name, no
 * filter); only what differs from the defaults is written back, so links stay short.
 */
record OverviewParameters(Sort sort, String region, Trend trend) {

    static final OverviewParameters DEFAULT = new OverviewParameters(Sort.NAME, null, null);

    /** The orders offered; {@code key} names one in the link. */
    enum Sort {
        NAME("name"),
        REGION("region"),
        TREND("trend"),
        CHANGE("change");

        final String key;
        /** The bundle key of the order's name in the sort control. */
        final String labelKey;

        Sort(String key) {
            this.key = key;
            this.labelKey = "overview.sort." + key;
        }

        static Optional<Sort> of(String key) {
            for (Sort sort : values()) {
                if (sort.key.equals(key)) {
                    return Optional.of(sort);
                }
            }
            return Optional.empty();
        }
    }

    static OverviewParameters from(QueryParameters query) {
        Sort sort = query.getSingleParameter("sort").flatMap(Sort::of).orElse(Sort.NAME);
        String region = query.getSingleParameter("region").filter(value -> !value.isBlank()).map(String::strip)
                .orElse(null);
        Trend trend = query.getSingleParameter("trend").flatMap(Trend::fromCode).orElse(null);
        return new OverviewParameters(sort, region, trend);
    }

    OverviewParameters withSort(Sort chosen) {
        return new OverviewParameters(chosen, region, trend);
    }

    OverviewParameters withRegion(String chosen) {
        return new OverviewParameters(sort, chosen == null || chosen.isBlank() ? null : chosen, trend);
    }

    OverviewParameters withTrend(Trend chosen) {
        return new OverviewParameters(sort, region, chosen);
    }

    /** The link to this view of the overview, relative to the application root ("" or "?sort=trend&region=…"). */
    String path() {
        List<String> parts = new ArrayList<>();
        if (sort != Sort.NAME) {
            parts.add("sort=" + sort.key);
        }
        if (region != null) {
            parts.add("region=" + URLEncoder.encode(region, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        if (trend != null) {
            parts.add("trend=" + trend.code());
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    /** The cards this view shows, filtered and in its order (ties by name). */
    List<MonitorCard> apply(List<MonitorCard> cards) {
        return cards.stream()
                .filter(card -> region == null || region.equalsIgnoreCase(card.monitor().region()))
                .filter(card -> trend == null || card.latestJudgement().map(PublishedJudgement::trend)
                        .filter(trend::equals).isPresent())
                .sorted(order().thenComparing(OverviewParameters::name))
                .toList();
    }

    private Comparator<MonitorCard> order() {
        return switch (sort) {
            case NAME -> Comparator.comparing(OverviewParameters::name);
            // Monitors without a region come last.
            case REGION -> Comparator.comparing((MonitorCard card) -> card.monitor().region() == null)
                    .thenComparing(card -> card.monitor().region() == null ? ""
                            : card.monitor().region().toLowerCase(Locale.ROOT));
            // Deteriorated, unchanged, improved, then not judged; within a trend, a risk alert first.
            case TREND -> Comparator.comparing((MonitorCard card) -> card.latestJudgement()
                            .map(judgement -> judgement.trend().ordinal()).orElse(Trend.values().length))
                    .thenComparing(card -> !card.latestJudgement().map(PublishedJudgement::alert).orElse(false));
            case CHANGE -> Comparator.comparing(MonitorCard::lastChange).reversed();
        };
    }

    private static String name(MonitorCard card) {
        return card.monitor().name().toLowerCase(Locale.ROOT);
    }
}
