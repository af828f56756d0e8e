package com.riskdesk.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.dashboard.Citation;
import com.riskdesk.dashboard.Dashboard;
import com.riskdesk.dashboard.DashboardWords;
import com.riskdesk.dashboard.EscalationPoint;
import com.riskdesk.dashboard.EscalationTile;
import com.riskdesk.dashboard.FigureValue;
import com.riskdesk.dashboard.IndicatorTile;
import com.riskdesk.dashboard.SeriesPoint;
import com.riskdesk.dashboard.SourcedFigure;
import com.riskdesk.dashboard.RecencyTile;
import com.riskdesk.entry.Basis;
import com.riskdesk.entry.Confidence;
import com.riskdesk.entry.DatePrecision;
import com.riskdesk.entry.Source;
import com.riskdesk.monitor.EscalationStep;
import com.riskdesk.monitor.EntryKindDefinition;
import com.riskdesk.monitor.Indicator;
import com.riskdesk.monitor.MonitorDetails;
import com.riskdesk.monitor.TileOrder;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class TilesImageRendererTest {

    private static final EntryKindDefinition STRIKE = new EntryKindDefinition("STRIKE", "Strike");

    private static final LocalDate REPORTED = LocalDate.of(2025, 11, 30);
    private static final Citation CITATION = new Citation(1, REPORTED, DatePrecision.ON_OR_BEFORE, "Report",
            Confidence.OFFICIAL_CLAIM, new Source("Wire", "Report", null, REPORTED));
    private static final Indicator BOATS = new Indicator("boats_struck", "Boats struck", "boats", "d");
    private static final Indicator DEATHS = new Indicator("deaths", "Deaths", "people", "d");
    private static final Indicator STRIKES = new Indicator("strikes", "Strikes", "strikes", "d");
    private static final List<EscalationStep> LADDER = List.of(new EscalationStep("Low", "m"),
            new EscalationStep("A step whose name is far too long to fit on two lines of a narrow tile", "m"));

    private final TilesImageRenderer renderer = new TilesImageRenderer();

    @Test
    void tiles_are_the_indicators_with_figures_then_escalation_and_last_strike_with_qualifiers() {
        List<ImageTile> tiles = ImageTile.of(dashboard("Venezuela", List.of(tile(BOATS, FigureValue.atLeast(21)),
                tile(DEATHS, FigureValue.atLeast(83)), new IndicatorTile(STRIKES, null, null, List.of())), true),
                DashboardWords.ENGLISH);

        assertThat(tiles).extracting(ImageTile::label)
                .containsExactly("Boats struck", "Deaths", "Escalation", "Days since last strike");
        assertThat(tiles).extracting(ImageTile::qualifier).containsExactly("at least", "at least", "step", "at least");
        assertThat(tiles).extracting(ImageTile::figure).containsExactly("21", "83", "2", "46");
        assertThat(tiles.get(2).suffix()).isEqualTo("of 2");
    }

    @Test
    void a_spanish_image_gives_its_tiles_words_in_spanish_and_staff_names_as_entered() {
        List<ImageTile> tiles = ImageTile.of(dashboard("Venezuela", List.of(tile(BOATS, FigureValue.atLeast(21)),
                tile(DEATHS, FigureValue.atLeast(1234)), new IndicatorTile(STRIKES, null, null, List.of())), true),
                DashboardWords.in(Locale.forLanguageTag("es")));

        assertThat(tiles).extracting(ImageTile::label).startsWith("Boats struck", "Deaths");
        assertThat(tiles.get(1).qualifier()).isEqualTo("al menos");
        assertThat(tiles.get(1).figure()).isEqualTo("1.234");
        assertThat(tiles.get(2).suffix()).isEqualTo("de 2");
        assertThat(tiles).extracting(ImageTile::detail).doesNotContainNull()
                .noneMatch(detail -> detail.contains("Reported") || detail.contains("Reached"));
    }

    @Test
    void another_monitors_image_says_its_own_indicators_and_days_since_the_kind_its_definition_counts() {
        Indicator attacks = new Indicator("attacks", "Attacks", "attacks", "d");
        Indicator fatalities = new Indicator("fatalities", "Fatalities", "people", "d");
        EntryKindDefinition attack = new EntryKindDefinition("ATTACK", "Attack");
        MonitorDetails sahel = new MonitorDetails(2, "sahel", "Sahel", "s", LocalDate.of(2025, 9, 1),
                List.of(attacks, fatalities), LADDER, List.of(attack), attack.code(), 0);
        Dashboard dashboard = new Dashboard(sahel, LocalDate.of(2026, 1, 15), 30,
                List.of(tile(attacks, FigureValue.exact(12)), tile(fatalities, FigureValue.atLeast(40))),
                new EscalationTile(null, 2, null, null, List.of()), new RecencyTile(attack, null, 0), Map.of(), 2,
                Instant.parse("2026-01-15T12:00:00Z"), false);

        List<ImageTile> tiles = ImageTile.of(dashboard, DashboardWords.ENGLISH);

        assertThat(tiles).extracting(ImageTile::label)
                .containsExactly("Attacks", "Fatalities", "Escalation", "Days since last attack");
        assertThat(tiles).extracting(ImageTile::detail).containsExactly("Reported on or before 30 Nov 2025",
                "Reported on or before 30 Nov 2025", "No step reached yet", "No attack recorded");
    }

    @Test
    void the_image_follows_the_definitions_tile_order_escalation_first_and_no_days_since_tile() {
        Indicator attacks = new Indicator("attacks", "Attacks", "attacks", "d");
        Indicator displaced = new Indicator("displaced", "Displaced people", "people", "d");
        Indicator fatalities = new Indicator("fatalities", "Fatalities", "people", "d");
        MonitorDetails sahel = new MonitorDetails(2, "sahel", "Sahel", "s", LocalDate.of(2025, 9, 1),
                List.of(attacks, displaced, fatalities), LADDER, List.of(), null, 0, null, null,
                List.of(TileOrder.ESCALATION, "fatalities", "attacks", "displaced"));
        Dashboard dashboard = new Dashboard(sahel, LocalDate.of(2026, 1, 15), 30,
                List.of(tile(attacks, FigureValue.exact(12)), tile(displaced, FigureValue.atLeast(15000)),
                        tile(fatalities, FigureValue.atLeast(40))),
                new EscalationTile(new EscalationPoint(2, LADDER.get(1).name(), CITATION), 2, "m", 1, List.of()),
                null, Map.of(), 2, Instant.parse("2026-01-15T12:00:00Z"), false);

        List<ImageTile> tiles = ImageTile.of(dashboard, DashboardWords.ENGLISH);

        assertThat(tiles).extracting(ImageTile::label).containsExactly("Escalation", "Fatalities", "Attacks");
        assertThat(tiles).extracting(ImageTile::figure).containsExactly("2", "40", "12");
    }

    @Test
    void draws_1200_by_630_whatever_the_monitor_holds() throws IOException {
        Dashboard empty = new Dashboard(monitor("Nothing yet"), LocalDate.of(2026, 1, 15), 30,
                List.of(new IndicatorTile(BOATS, null, null, List.of())), new EscalationTile(null, 0, null, null,
                List.of()), null, Map.of(), 0, Instant.parse("2026-01-15T12:00:00Z"), false);
        Dashboard crowded = dashboard("A monitor with a name much longer than the header has room for, by far",
                List.of(tile(BOATS, FigureValue.exact(123456)), tile(DEATHS, new FigureValue(1800, 23500)),
                        tile(STRIKES, FigureValue.exact(7))), false);

        for (Dashboard dashboard : List.of(empty, crowded)) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(renderer.render(dashboard)));
            assertThat(image.getWidth()).isEqualTo(TilesImageRenderer.WIDTH).isEqualTo(1200);
            assertThat(image.getHeight()).isEqualTo(TilesImageRenderer.HEIGHT).isEqualTo(630);
        }
    }

    @Test
    void the_images_own_words_follow_the_language_of_its_link() {
        PreviewWords spanish = PreviewWords.of(new com.riskdesk.base.i18n.Translations(), "es");

        assertThat(spanish.live(LocalDate.of(2026, 1, 15))).isEqualTo("En vivo · 15 ene 2026");
        assertThat(spanish.footer()).isEqualTo("Risk Monitor · fuentes en el panel");
        assertThat(spanish.brand()).isEqualTo("RISK MONITOR");
        assertThat(PreviewWords.ENGLISH.live(LocalDate.of(2026, 1, 15))).isEqualTo("Live · 15 Jan 2026");
        assertThat(PreviewWords.ENGLISH.footer()).isEqualTo("Risk Monitor · sources on the dashboard");
    }

    @Test
    void wraps_by_words_and_marks_text_left_over() {
        FontMetrics metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics()
                .getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
        int width = metrics.stringWidth("Offer to Maduro");

        assertThat(TextFit.wrap(metrics, "Offer to Maduro to leave", width, 2))
                .containsExactly("Offer to Maduro", "to leave");
        assertThat(TextFit.wrap(metrics, "Offer to Maduro to leave for Russia or elsewhere", width, 2))
                .hasSize(2).last().asString().endsWith("…");
        assertThat(TextFit.wrap(metrics, null, width, 2)).isEmpty();
    }

    @Test
    void a_monitor_with_a_map_region_gets_a_small_map_of_it_beside_the_footer() throws IOException {
        MonitorDetails plain = monitor("Region");
        MonitorDetails withRegion = new MonitorDetails(plain.id(), plain.slug(), plain.name(), plain.summary(),
                plain.startDate(), plain.indicators(), plain.ladder(), plain.kinds(), plain.recencyKind(), 0, null,
                com.riskdesk.place.MapRegion.parse("Caribbean Sea; Venezuela"));
        Dashboard without = dashboard("Region", List.of(tile(BOATS, FigureValue.atLeast(21))), false);
        Dashboard with = new Dashboard(withRegion, without.today(), without.periodDays(), without.tiles(),
                without.escalation(), without.recency(), without.series(), without.entryCount(), without.readAt(),
                without.snapshot());

        BufferedImage mapped = ImageIO.read(new ByteArrayInputStream(renderer.render(with)));
        BufferedImage bare = ImageIO.read(new ByteArrayInputStream(renderer.render(without)));
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        ImageIO.write(mapped, "png", java.nio.file.Path.of("target/preview-with-region.png").toFile());

        int x = TilesImageRenderer.WIDTH - 48 - 20;
        int y = 538 + 40;
        assertThat(mapped.getRGB(x, y) & 0xFFFFFF).as("sea or land inside the small map").isNotEqualTo(0xF8FAFC);
        assertThat(bare.getRGB(x, y) & 0xFFFFFF).as("the page's background without a region").isEqualTo(0xF8FAFC);
        long seaPixels = java.util.stream.IntStream.range(TilesImageRenderer.WIDTH - 48 - 150, TilesImageRenderer.WIDTH - 48)
                .filter(px -> (mapped.getRGB(px, y) & 0xFFFFFF) == 0xDCEBF7).count();
        long landPixels = java.util.stream.IntStream.range(TilesImageRenderer.WIDTH - 48 - 150, TilesImageRenderer.WIDTH - 48)
                .filter(px -> (mapped.getRGB(px, y) & 0xFFFFFF) == 0xEEF0F3).count();
        assertThat(seaPixels).as("sea across the middle").isPositive();
        assertThat(landPixels).as("and land").isPositive();
    }

    private static Dashboard dashboard(String name, List<IndicatorTile> tiles, boolean snapshot) {
        return new Dashboard(monitor(name), LocalDate.of(2026, 1, 15), 30, tiles,
                new EscalationTile(new EscalationPoint(2, LADDER.get(1).name(), CITATION), 2, "m", 1, List.of()),
                new RecencyTile(STRIKE, CITATION, 46), Map.of(), 3, Instant.parse("2026-01-15T12:00:00Z"), snapshot);
    }

    private static MonitorDetails monitor(String name) {
        return new MonitorDetails(1, "test", name, "A test monitor.", LocalDate.of(2025, 9, 1),
                List.of(BOATS, DEATHS, STRIKES), LADDER, List.of(STRIKE), STRIKE.code(), 0);
    }

    private static IndicatorTile tile(Indicator indicator, FigureValue value) {
        return new IndicatorTile(indicator, new SeriesPoint(REPORTED, value), null,
                List.of(new SourcedFigure(CITATION, Basis.CUMULATIVE, value)));
    }
}
