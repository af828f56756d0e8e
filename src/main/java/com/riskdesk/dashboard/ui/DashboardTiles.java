package com.riskdesk.dashboard.ui;

import com.riskdesk.dashboard.Citation;
import com.riskdesk.dashboard.Dashboard;
import com.riskdesk.dashboard.EscalationPoint;
import com.riskdesk.dashboard.EscalationTile;
import com.riskdesk.dashboard.FigureValue;
import com.riskdesk.dashboard.IndicatorTile;
import com.riskdesk.dashboard.SourcedFigure;
import com.riskdesk.dashboard.StrikeRecency;
import com.riskdesk.entry.Basis;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import java.util.List;

/** The row of indicator tiles: one per indicator, then the escalation step and days since the last strike. */
class DashboardTiles extends Section {

    DashboardTiles(Dashboard dashboard) {
        addClassName("tiles");
        H2 heading = new H2("Key figures");
        heading.addClassName("visually-hidden");
        heading.setId("key-figures");
        getElement().setAttribute("aria-labelledby", "key-figures");
        add(heading);
        String period = DashboardParameters.describePeriod(dashboard.periodDays());
        dashboard.tiles().forEach(tile -> add(indicatorTile(tile, period)));
        add(escalationTile(dashboard.escalation(), period), strikeTile(dashboard.lastStrike()));
    }

    private static TileCard indicatorTile(IndicatorTile tile, String period) {
        String label = tile.indicator().name();
        TileCard card = new TileCard(label, tile.indicator().code());
        if (!tile.hasFigure()) {
            return card.noFigure("No figure recorded").line("tile-context", tile.indicator().description());
        }
        FigureValue value = tile.current().value();
        card.figure(value.isLowerBound() ? "at least" : "", number(value), "")
                .line("tile-change", change(tile.change(), period))
                .line("tile-updated", "Last updated " + updated(tile.sources()));
        SourceList sources = new SourceList("Figures reported for " + label.toLowerCase() + ", newest first");
        tile.sources().forEach(source -> sources.item(
                source.value().describe() + (source.basis() == Basis.CUMULATIVE ? " in total" : " in this event"),
                source.citation()));
        return card.sources(label, tile.sources().size(), sources);
    }

    private static TileCard escalationTile(EscalationTile escalation, String period) {
        TileCard card = new TileCard("Escalation", "escalation");
        if (!escalation.reachedAny()) {
            return card.noFigure("No step reached").line("tile-context",
                    "Ladder of " + escalation.ladderSize() + " steps");
        }
        EscalationPoint current = escalation.current();
        card.figure("", "Step " + current.level(), "of " + escalation.ladderSize())
                .line("tile-step-name", current.stepName())
                .line("tile-change", escalationChange(escalation, period))
                .line("tile-updated", "Reached " + current.citation().describeDate());
        SourceList sources = new SourceList("Steps reached, with their first report");
        escalation.reached().reversed().forEach(point -> sources.item(
                "Step " + point.level() + ": " + point.stepName(), point.citation()));
        return card.sources("escalation", escalation.reached().size(), sources);
    }

    private static TileCard strikeTile(StrikeRecency lastStrike) {
        TileCard card = new TileCard("Days since last strike", "last-strike");
        if (lastStrike == null) {
            return card.noFigure("No strike recorded");
        }
        Citation citation = lastStrike.citation();
        SourceList sources = new SourceList("The latest strike recorded").item("", citation);
        return card.figure(lastStrike.isLowerBound() ? "at least" : "", Long.toString(lastStrike.days()), "days")
                .line("tile-updated", "Last strike recorded " + citation.describeDate())
                .sources("days since last strike", 1, sources);
    }

    private static String number(FigureValue value) {
        return value.isRange() ? value.low() + "–" + value.high() : Integer.toString(value.low());
    }

    static String change(Integer change, String period) {
        if (change == null) {
            return "No earlier figure to compare with";
        }
        if (change == 0) {
            return "No change in the last " + period;
        }
        return (change > 0 ? "Up " + change : "Down " + -change) + " in the last " + period;
    }

    private static String escalationChange(EscalationTile escalation, String period) {
        Integer previous = escalation.previousLevel();
        int now = escalation.current().level();
        if (previous == null) {
            return "No step reached before the last " + period;
        }
        return previous == now ? "No change in the last " + period
                : "Up from step " + previous + " in the last " + period;
    }

    private static String updated(List<SourcedFigure> sources) {
        return sources.getFirst().citation().describeDate();
    }
}
