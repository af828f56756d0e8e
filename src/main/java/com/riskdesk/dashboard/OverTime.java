package com.riskdesk.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the charts over time show of a dashboard from {@code start} to {@code end}, in data and words, whatever draws
 * them (the live dashboard's ECharts, the server-written page's SVG): the running totals of the indicators that have
 * figures, the escalation steps reached, the markers, the summaries and the rows of their data tables.
 */
public record OverTime(Dashboard dashboard, LocalDate start, LocalDate end, DashboardWords words) {

    /** In English. */
    public OverTime(Dashboard dashboard, LocalDate start, LocalDate end) {
        this(dashboard, start, end, DashboardWords.ENGLISH);
    }

    /** A dated vertical marker: the escalation steps reported that day ("Steps 2, 4"). */
    public record Marker(LocalDate day, String label) {
    }

    /** A point of the ladder's step line: the highest step reached by {@code day}. */
    public record StepAt(LocalDate day, int level, String label) {
    }

    /** The indicators with a figure: the running totals drawn. */
    public List<IndicatorTile> drawn() {
        return dashboard.tiles().stream().filter(IndicatorTile::hasFigure).toList();
    }

    /** The running totals chart's title, from the names of the indicators drawn. */
    public String totalsTitle() {
        return words.totalsChart(drawn().stream().map(tile -> tile.indicator().name()).toList());
    }

    public List<SeriesPoint> series(IndicatorTile tile) {
        return dashboard.series().getOrDefault(tile.indicator().code(), List.of());
    }

    /** "Running totals from … to …: Deaths at least 83 as of 30 Nov 2025; …"; empty when nothing was recorded by then. */
    public Optional<String> totalsSummary() {
        List<String> totals = new ArrayList<>();
        for (IndicatorTile tile : drawn()) {
            SeriesPoint last = SeriesPoint.lastOnOrBefore(series(tile), end);
            if (last != null) {
                totals.add(words.text("words.chart.total-as-of", tile.indicator().name(),
                        words.describe(last.value()), words.day(last.day())));
            }
        }
        return totals.isEmpty() ? Optional.empty()
                : Optional.of(words.text("words.chart.totals-summary", words.day(start), words.day(end),
                        String.join("; ", totals)));
    }

    /** The data table's rows: each date in view with each drawn indicator's total that day ("–" where none). */
    public Map<LocalDate, List<String>> totalsByDate() {
        List<IndicatorTile> drawn = drawn();
        Map<LocalDate, List<String>> rows = new TreeMap<>();
        for (int column = 0; column < drawn.size(); column++) {
            for (SeriesPoint point : series(drawn.get(column))) {
                if (!point.day().isBefore(start) && !point.day().isAfter(end)) {
                    List<String> row = rows.computeIfAbsent(point.day(),
                            day -> new ArrayList<>(Collections.nCopies(drawn.size(), "–")));
                    row.set(column, words.describe(point.value()));
                }
            }
        }
        return rows;
    }

    /** One marker per date; steps reported on the same date share it. */
    public List<Marker> markers() {
        Map<LocalDate, List<Integer>> byDate = new TreeMap<>();
        dashboard.escalation().reached().forEach(point -> byDate
                .computeIfAbsent(point.citation().occurredOn(), day -> new ArrayList<>()).add(point.level()));
        return byDate.entrySet().stream()
                .map(day -> new Marker(day.getKey(), words.text(day.getValue().size() == 1 ? "words.chart.marker"
                        : "words.chart.markers", day.getValue().stream().map(words::number)
                        .collect(Collectors.joining(", ")))))
                .toList();
    }

    /** The steps reached by {@code end}, by the date first reported. */
    public List<EscalationPoint> stepsReached() {
        return dashboard.escalation().reached().stream()
                .filter(point -> !point.citation().occurredOn().isAfter(end))
                .sorted(Comparator.comparing(point -> point.citation().occurredOn())).toList();
    }

    /** The ladder's step line: the highest step reached at each report, held until {@code end}; empty when none. */
    public List<StepAt> stepLine() {
        List<StepAt> line = new ArrayList<>();
        int highest = 0;
        for (EscalationPoint point : stepsReached()) {
            highest = Math.max(highest, point.level());
            line.add(new StepAt(point.citation().occurredOn(), highest, stepLabel(highest)));
        }
        if (!line.isEmpty()) {
            line.add(new StepAt(end, highest, stepLabel(highest)));
        }
        return line;
    }

    /** "Escalation steps reached: step 1, Raids on villages, September 2025; …"; empty when none by then. */
    public Optional<String> stepsSummary() {
        List<EscalationPoint> reached = stepsReached();
        return reached.isEmpty() ? Optional.empty() : Optional.of(words.text("words.chart.steps-summary",
                reached.stream().map(point -> words.text("words.chart.step-reached", words.number(point.level()),
                        point.stepName(), words.date(point.citation()))).collect(Collectors.joining("; "))));
    }

    /** "Step 2 of 5: Terrorist designation". */
    public String stepLabel(int level) {
        return words.text("words.chart.step-label", words.number(level), words.number(ladder().size()),
                ladder().get(level - 1));
    }

    public List<String> ladder() {
        return dashboard.monitor().ladder().stream().map(step -> step.name()).toList();
    }

    /** What an empty chart says instead. */
    public String nothingRecorded() {
        return end.equals(dashboard.today()) ? words.text("words.chart.nothing-yet")
                : words.text("words.chart.nothing-by", words.day(end));
    }
}
