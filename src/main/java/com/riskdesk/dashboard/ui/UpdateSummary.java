package com.riskdesk.dashboard.ui;

import com.riskdesk.assessment.PublishedJudgement;
import com.riskdesk.dashboard.Dashboard;
import com.riskdesk.dashboard.DashboardChanged;
import com.riskdesk.dashboard.DashboardReading;
import com.riskdesk.dashboard.DashboardWords;
import com.riskdesk.dashboard.EscalationTile;
import com.riskdesk.dashboard.FigureValue;
import com.riskdesk.dashboard.IndicatorTile;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One short sentence for the live region after a refresh: "Updated 16:42 UTC: new entry; deaths now at least 85.", or
 * with a new or corrected trend judgement "...; trend judgement for November 2025: Deteriorated."
 */
final class UpdateSummary {

    /** The time of an update, the same digits in every language the app speaks; made once, not per viewer. */
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private UpdateSummary() {
    }

    /** What happened, e.g. "new entry", or "3 changes" when several arrive together. */
    static String what(DashboardChanged change, DashboardWords words) {
        return words.text(change.action() == null ? "dashboard.update.monitor"
                : "dashboard.update." + change.action().name());
    }

    static String what(int changes, DashboardWords words) {
        return words.text("dashboard.update.changes", changes);
    }

    static String of(DashboardReading before, DashboardReading after, String what, Instant at,
                     DashboardWords words) {
        List<String> parts = sayChanged(before.dashboard(), after.dashboard(), what, words);
        newestJudgement(after.judgements()).filter(newest -> !newestJudgement(before.judgements()).equals(
                Optional.of(newest))).ifPresent(newest -> parts.add(words.text("dashboard.update.judgement",
                words.period(newest.period()), words.text("dashboard.trend." + newest.trend().name()))));
        return words.text("dashboard.update.summary",
                CLOCK_TIME.format(at),
                String.join("; ", parts));
    }

    /** The latest period's judgement, as the timeline shows it first. */
    private static Optional<PublishedJudgement> newestJudgement(List<PublishedJudgement> judgements) {
        return judgements.stream().findFirst();
    }

    private static List<String> sayChanged(Dashboard before, Dashboard after, String what, DashboardWords words) {
        List<String> parts = new ArrayList<>();
        parts.add(what);
        for (IndicatorTile tile : after.tiles()) {
            Optional<FigureValue> now = figure(tile);
            Optional<FigureValue> then = before.tiles().stream()
                    .filter(old -> old.indicator().code().equals(tile.indicator().code()))
                    .findFirst().map(UpdateSummary::figure).orElse(null);
            if (!now.equals(then)) {
                parts.add(words.nowReads(tile.indicator().name(),
                        tile.hasFigure() ? tile.current().value() : null));
            }
        }
        if (!Objects.equals(step(before.escalation()), step(after.escalation()))) {
            parts.add(words.escalationNow(after.escalation()));
        }
        return parts;
    }

    /** A tile's figure, empty when it has none. */
    private static Optional<FigureValue> figure(IndicatorTile tile) {
        return tile.hasFigure() ? Optional.of(tile.current().value()) : Optional.empty();
    }

    private static Integer step(EscalationTile escalation) {
        return escalation.reachedAny() ? escalation.current().level() : null;
    }
}
