package com.riskdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.entry.Basis;
import com.riskdesk.entry.Confidence;
import com.riskdesk.entry.DatePrecision;
import com.riskdesk.entry.Source;
import com.riskdesk.monitor.EscalationStep;
import com.riskdesk.monitor.Indicator;
import com.riskdesk.monitor.MonitorDetails;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DashboardHeadlineTest {

    private static final LocalDate REPORTED = LocalDate.of(2025, 11, 30);
    private static final Citation ON_OR_BEFORE = new Citation(1, REPORTED, DatePrecision.ON_OR_BEFORE, "Report",
            Confidence.OFFICIAL_CLAIM, new Source("Wire", "Report", null, REPORTED));
    private static final Indicator BOATS = new Indicator("boats_struck", "Boats struck", "boats", "Vessels attacked.");
    private static final Indicator DEATHS = new Indicator("deaths", "Deaths", "people", "People killed.");
    private static final Indicator STRIKES = new Indicator("strikes", "Strikes", "strikes", "Strike actions.");
    private static final List<EscalationStep> LADDER = List.of(new EscalationStep("Strikes on boats", "m"),
            new EscalationStep("Terrorist designation", "m"), new EscalationStep("Airspace declared closed", "m"),
            new EscalationStep("Offer to Maduro to leave", "m"), new EscalationStep("US troops in Venezuela", "m"));
    private static final EscalationTile STEP_4 = new EscalationTile(
            new EscalationPoint(4, "Offer to Maduro to leave", ON_OR_BEFORE), 5, "m", 3, List.of());

    @Test
    void live_headline_names_the_figures_with_their_qualifiers_deaths_first_then_the_escalation_step() {
        DashboardHeadline headline = DashboardHeadline.of(dashboard(List.of(
                tile(BOATS, FigureValue.atLeast(21)), tile(DEATHS, FigureValue.atLeast(83)), noFigure(STRIKES)),
                STEP_4, null));

        assertThat(headline.title()).isEqualTo("Venezuela: at least 83 deaths, at least 21 boats struck");
        assertThat(headline.pageTitle())
                .isEqualTo("Venezuela: at least 83 deaths, at least 21 boats struck · Risk Monitor");
        assertThat(headline.description()).isEqualTo("At least 83 deaths, at least 21 boats struck; "
                + "escalation: step 4 of 5, Offer to Maduro to leave (on or before 30 Nov 2025).");
    }

    @Test
    void snapshot_says_which_moment_it_shows() {
        DashboardHeadline headline = DashboardHeadline.of(dashboard(List.of(tile(DEATHS, FigureValue.atLeast(83))),
                STEP_4, Instant.parse("2026-01-10T12:00:00Z")));

        assertThat(headline.title()).isEqualTo("Venezuela, as known at 2026-01-10 12:00 UTC: at least 83 deaths");
        assertThat(headline.description()).isEqualTo("As known at 2026-01-10 12:00 UTC: at least 83 deaths; "
                + "escalation: step 4 of 5, Offer to Maduro to leave (on or before 30 Nov 2025).");
    }

    @Test
    void exact_figures_ranges_and_a_single_one_read_naturally() {
        DashboardHeadline headline = DashboardHeadline.of(dashboard(List.of(tile(BOATS, FigureValue.exact(1)),
                tile(DEATHS, new FigureValue(80, 85)), tile(STRIKES, FigureValue.exact(12))), STEP_4, null));

        assertThat(headline.title()).isEqualTo("Venezuela: 80–85 deaths, 1 boat struck, 12 strikes");
    }

    @Test
    void a_monitor_without_figures_or_steps_says_so() {
        DashboardHeadline headline = DashboardHeadline.of(dashboard(List.of(noFigure(BOATS), noFigure(DEATHS)),
                new EscalationTile(null, 5, null, null, List.of()), null));

        assertThat(headline.title()).isEqualTo("Venezuela");
        assertThat(headline.description()).isEqualTo("No figures recorded yet; escalation: no step reached.");
    }

    private static Dashboard dashboard(List<IndicatorTile> tiles, EscalationTile escalation, Instant snapshotAt) {
        MonitorDetails monitor = new MonitorDetails(1, "venezuela", "Venezuela", "The crisis.",
                LocalDate.of(2025, 9, 1), tiles.stream().map(IndicatorTile::indicator).toList(), LADDER, List.of(), null, 0);
        Instant readAt = snapshotAt == null ? Instant.parse("2026-01-15T12:00:00Z") : snapshotAt;
        return new Dashboard(monitor, LocalDate.of(2026, 1, 15), 30, tiles, escalation, null, Map.of(), 7, readAt,
                snapshotAt != null);
    }

    private static IndicatorTile tile(Indicator indicator, FigureValue value) {
        return new IndicatorTile(indicator, new SeriesPoint(REPORTED, value), null,
                List.of(new SourcedFigure(ON_OR_BEFORE, Basis.CUMULATIVE, value)));
    }

    private static IndicatorTile noFigure(Indicator indicator) {
        return new IndicatorTile(indicator, null, null, List.of());
    }
}
