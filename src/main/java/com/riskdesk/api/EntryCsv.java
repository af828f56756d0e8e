package com.riskdesk.api;

import com.riskdesk.dashboard.EntryLine;
import com.riskdesk.dashboard.FigureValue;
import com.riskdesk.entry.Basis;
import com.riskdesk.entry.Figure;
import com.riskdesk.entry.Qualifier;
import com.riskdesk.monitor.Indicator;
import com.riskdesk.monitor.MonitorDetails;
import com.riskdesk.place.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** The columns of {@code entries.csv}: one row per entry, one column per indicator of the monitor. */
final class EntryCsv {

    private final MonitorDetails monitor;
    private final ExportWords words;

    EntryCsv(MonitorDetails monitor, ExportWords words) {
        this.monitor = monitor;
        this.words = words;
    }

    /** The column names in the file's language ({@code csv.column.*}); an import reads either language's. */
    List<String> header() {
        List<String> header = new ArrayList<>(columns("id", "date", "date_precision", "date_text", "kind",
                "headline", "escalation_level", "escalation_step"));
        monitor.indicators().forEach(indicator -> header.add(indicator.name()));
        monitor.indicators().forEach(indicator -> Figure.NUMERIC_PARTS
                .forEach(part -> header.add(indicator.code() + "_" + words.text("csv.part." + part))));
        header.addAll(columns("source_outlet", "source_title", "source_url", "source_published_on", "confidence",
                "notes", "recorded_at", "place_name", "place_precision", "place_area", "place_latitude",
                "place_longitude"));
        return header;
    }

    private List<String> columns(String... names) {
        return Stream.of(names).map(name -> words.text("csv.column." + name)).toList();
    }

    List<String> row(EntryLine line) {
        Integer level = line.escalationLevel();
        List<String> row = new ArrayList<>(List.of(Long.toString(line.id()), line.occurredOn().toString(),
                line.precision().name(), words.date(line.occurredOn(), line.precision()), line.kind().name(), line.headline(),
                level == null ? "" : level.toString(),
                level != null && level >= 1 && level <= monitor.ladder().size() ? monitor.step(level).name() : ""));
        for (Indicator indicator : monitor.indicators()) {
            row.add(String.join("; ", line.figures().stream()
                    .filter(figure -> figure.indicatorName().equals(indicator.name()))
                    .map(words::figure)
                    .toList()));
        }
        for (Indicator indicator : monitor.indicators()) {
            row.addAll(numeric(line.figures().stream()
                    .filter(figure -> figure.indicatorName().equals(indicator.name())).findFirst().orElse(null)));
        }
        var source = line.source();
        row.addAll(List.of(source == null ? "" : Objects.toString(source.outlet(), ""),
                source == null ? "" : Objects.toString(source.title(), ""),
                source == null ? "" : Objects.toString(source.url(), ""),
                source == null || source.publishedOn() == null ? "" : source.publishedOn().toString(),
                line.confidence() == null ? "" : words.confidence(line.confidence()),
                Objects.toString(line.notes(), ""), line.recordedAt().toString()));
        Place place = line.place();
        row.addAll(place == null ? List.of("", "", "", "", "") : List.of(Objects.toString(place.name(), ""),
                place.precision().name(), Objects.toString(place.area(), ""),
                Objects.toString(place.latitude(), ""), Objects.toString(place.longitude(), "")));
        return row;
    }

    /** {@link Figure#NUMERIC_PARTS} of a figure, or empty cells without one. */
    private static List<String> numeric(EntryLine.FigureLine figure) {
        if (figure == null) {
            return Figure.NUMERIC_PARTS.stream().map(part -> "").toList();
        }
        FigureValue value = figure.value();
        Qualifier qualifier = value.isLowerBound() ? Qualifier.AT_LEAST : value.isRange() ? Qualifier.RANGE
                : Qualifier.EXACT;
        return List.of(value.isRange() ? "" : Integer.toString(value.low()), Integer.toString(value.low()),
                value.high() == null ? "" : Integer.toString(value.high()), qualifier.name(), figure.basis().name());
    }
}
