package com.riskdesk.api;

import com.riskdesk.api.JsonParts.Cited;
import com.riskdesk.api.JsonParts.Dated;
import com.riskdesk.api.JsonParts.Figure;
import com.riskdesk.dashboard.Dashboard;
import com.riskdesk.dashboard.DashboardWords;
import com.riskdesk.dashboard.EscalationPoint;
import com.riskdesk.dashboard.EscalationTile;
import com.riskdesk.dashboard.IndicatorTile;
import com.riskdesk.dashboard.SourcedFigure;
import com.riskdesk.dashboard.RecencyTile;
import com.riskdesk.entry.Basis;
import com.riskdesk.monitor.Counting;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/monitors/{slug}/summary}: the dashboard's tiles as data. {@code asOf} is the moment read (now,
 * unless {@code snapshot}), {@code today} the day it falls on; changes compare with {@code periodStart}.
 * {@code tileOrder} lists the tiles the dashboard shows, in its order: indicator codes (as in {@code indicators}, which
 * follow that order), "escalation" and "since-last".
 */
record MonitorSummary(String slug, String name, String summary, LocalDate startDate, String dashboardUrl,
                      Instant asOf, boolean snapshot, LocalDate today, int periodDays, LocalDate periodStart,
                      long entryCount, List<String> tileOrder, List<Tile> indicators, Escalation escalation,
                      SinceLast sinceLast) {

    static MonitorSummary of(Dashboard dashboard, ApiLinks links, DashboardWords words) {
        var monitor = dashboard.monitor();
        return new MonitorSummary(monitor.slug(), monitor.name(), monitor.summary(), monitor.startDate(),
                links.dashboard(monitor.slug()), dashboard.readAt(), dashboard.snapshot(), dashboard.today(),
                dashboard.periodDays(), dashboard.periodStart(), dashboard.entryCount(),
                dashboard.shownTiles().stream().map(com.riskdesk.dashboard.Tile::key).toList(),
                dashboard.indicatorTiles().stream().map(tile -> Tile.of(tile, dashboard, words)).toList(),
                Escalation.of(dashboard.escalation(), words), SinceLast.of(dashboard.recency(), words));
    }

    /**
     * A shown indicator's stated figure (null when nothing is recorded), the day it was last changed by an entry, the
     * change over the period and the entries behind it, newest first.
     */
    record Tile(String code, String name, String unit, Counting counting, Figure figure, LocalDate figureDay,
                Change change,
                List<TileSource> sources) {

        static Tile of(IndicatorTile tile, Dashboard dashboard, DashboardWords words) {
            var indicator = tile.indicator();
            return new Tile(indicator.code(), indicator.name(), indicator.unit(), indicator.counting(),
                    tile.current() == null ? null : Figure.of(tile.current().value(), words),
                    tile.current() == null ? null : tile.current().day(),
                    new Change(dashboard.periodDays(), dashboard.periodStart(),
                            tile.previous() == null ? null : Figure.of(tile.previous().value(), words), tile.change()),
                    tile.sources().stream().map(source -> TileSource.of(source, words)).toList());
        }
    }

    /** The figure at {@code since} (null when nothing was known yet) and the difference of the lower values. */
    record Change(int periodDays, LocalDate since, Figure previous, Integer difference) {
    }

    /** One entry's figure for the indicator: a running total or what one event adds. */
    record TileSource(Basis basis, Figure figure, Cited entry) {

        static TileSource of(SourcedFigure figure, DashboardWords words) {
            return new TileSource(figure.basis(), Figure.of(figure.value(), words), Cited.of(figure.citation(), words));
        }
    }

    /**
     * Step {@code step} of {@code of} ({@code step} null when no step is reached), its name and meaning, when
     * it was reached, the step at the start of the period, and the entry that first reported it.
     */
    record Escalation(Integer step, int of, String name, String meaning, Dated reachedOn, Integer previousStep,
                      Cited source) {

        static Escalation of(EscalationTile tile, DashboardWords words) {
            EscalationPoint current = tile.current();
            if (current == null) {
                return new Escalation(null, tile.ladderSize(), null, null, null, tile.previousLevel(), null);
            }
            return new Escalation(current.level(), tile.ladderSize(), current.stepName(), tile.meaning(),
                    Dated.of(current.citation().occurredOn(), current.citation().precision(), words),
                    tile.previousLevel(), Cited.of(current.citation(), words));
        }
    }

    /**
     * The "days since the last ..." tile, when the monitor's definition has one: the kind it counts ({@code kind},
     * {@code label} as the tile says it), and days since the last entry of that kind ({@code days} null when none is
     * recorded); a lower bound when that entry is dated only "on or before" or by month.
     */
    record SinceLast(String kind, String label, Long days, boolean lowerBound, String text, Dated eventDate,
                     Cited source) {

        static SinceLast of(RecencyTile recency, DashboardWords words) {
            if (recency == null) {
                return null;
            }
            String label = words.daysSinceLast(recency.kind());
            if (!recency.hasEvent()) {
                return new SinceLast(recency.kind().code(), label, null, false, words.noneRecorded(recency.kind()),
                        null, null);
            }
            return new SinceLast(recency.kind().code(), label, recency.days(), recency.isLowerBound(),
                    words.days(recency),
                    Dated.of(recency.citation().occurredOn(), recency.citation().precision(), words),
                    Cited.of(recency.citation(), words));
        }
    }
}
