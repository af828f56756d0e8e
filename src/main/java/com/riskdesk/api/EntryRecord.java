package com.riskdesk.api;

import com.riskdesk.api.JsonParts.ConfidenceRef;
import com.riskdesk.api.JsonParts.Dated;
import com.riskdesk.api.JsonParts.Figure;
import com.riskdesk.api.JsonParts.PlaceRef;
import com.riskdesk.api.JsonParts.SourceRef;
import com.riskdesk.dashboard.DashboardWords;
import com.riskdesk.dashboard.EntryLine;
import com.riskdesk.entry.Basis;
import com.riskdesk.monitor.Indicator;
import com.riskdesk.monitor.MonitorDetails;
import java.time.Instant;
import java.util.List;

/** One entry in {@code entries.json}: what happened, when (with precision), its figures and its source. */
record EntryRecord(long id, Dated date, String kind, String kindLabel, String headline, Integer escalationLevel,
                   String escalationStep, List<FigureItem> figures, SourceRef source, ConfidenceRef confidence,
                   String notes, Instant recordedAt, PlaceRef place) {

    static EntryRecord of(EntryLine line, MonitorDetails monitor, DashboardWords words) {
        Integer level = line.escalationLevel();
        String step = level != null && level >= 1 && level <= monitor.ladder().size()
                ? monitor.step(level).name() : null;
        return new EntryRecord(line.id(), Dated.of(line.occurredOn(), line.precision(), words), line.kind().code(),
                line.kindLabel(),
                line.headline(), level, step,
                line.figures().stream().map(figure -> FigureItem.of(figure, monitor, words)).toList(),
                SourceRef.of(line.source()), ConfidenceRef.of(line.confidence(), words), line.notes(),
                line.recordedAt(), PlaceRef.of(line.place(), words));
    }

    /**
     * A figure with its qualifier and basis: a CUMULATIVE figure is a running total as of the entry's date, an
     * INCREMENT what this event adds. {@code indicatorCode} is null if two indicators share the name.
     */
    record FigureItem(String indicator, String indicatorCode, Basis basis, Figure value) {

        static FigureItem of(EntryLine.FigureLine figure, MonitorDetails monitor, DashboardWords words) {
            List<Indicator> named = monitor.indicators().stream()
                    .filter(indicator -> indicator.name().equals(figure.indicatorName()))
                    .toList();
            return new FigureItem(figure.indicatorName(), named.size() == 1 ? named.getFirst().code() : null,
                    figure.basis(), Figure.of(figure.value(), words));
        }
    }
}
