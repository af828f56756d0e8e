package com.riskdesk.preview;

import static com.riskdesk.preview.TextFit.ellipsis;
import static com.riskdesk.preview.TextFit.font;
import static com.riskdesk.preview.TextFit.largestFitting;
import static com.riskdesk.preview.TextFit.wrap;

import com.riskdesk.dashboard.Dashboard;
import com.riskdesk.dashboard.DashboardHeadline;
import com.riskdesk.dashboard.DashboardWords;
import com.riskdesk.entry.DatePrecision;
import com.riskdesk.place.MapRegion;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextAttribute;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * Draws a dashboard's tiles as a 1200×630 PNG with Java2D: the monitor's name, whether the figures are live or
 * pinned to a moment, the tiles with their qualifiers, and a footer pointing to the sources, with a small map of the
 * monitor's region when it has one. Uses the logical
 * "SansSerif" font, which maps to DejaVu Sans on a bare Debian machine.
 */
@Component
class TilesImageRenderer {

    static final int WIDTH = 1200;
    static final int HEIGHT = 630;
    private static final int MARGIN = 48;
    private static final int GAP = 16;
    private static final int TILE_TOP = 172;
    private static final int TILE_HEIGHT = 352;
    private static final int TILE_PADDING = 22;
    private static final int LINE_HEIGHT = 25;
    /** Lines of text below a tile's figure: the emphasised line takes up to two, the detail the rest. */
    private static final int TEXT_LINES = 4;
    private static final int LABEL_SIZE = 20;
    private static final int FIGURE_SIZE = 96;
    private static final int SUFFIX_SIZE = 28;
    private static final int SUFFIX_GAP = 12;
    /** The region's small map sits right of the footer, below the tiles. */
    private static final int INSET_TOP = 538;
    private static final int INSET_HEIGHT = 80;
    private static final int INSET_MAX_WIDTH = 260;

    private static final Color BACKGROUND = new Color(0xF8FAFC);
    private static final Color ACCENT = new Color(0xB42318);
    private static final Color INK = new Color(0x0F172A);
    private static final Color TEXT = new Color(0x334155);
    private static final Color MUTED = new Color(0x64748B);
    private static final Color LINE = new Color(0xE2E8F0);
    private static final Color QUALIFIER = new Color(0xB45309);
    private static final Color PINNED_FILL = new Color(0xFEF3C7);
    private static final Color PINNED_TEXT = new Color(0x92400E);

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    byte[] render(Dashboard dashboard) {
        return render(dashboard, PreviewWords.ENGLISH);
    }

    byte[] render(Dashboard dashboard, PreviewWords words) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(ACCENT);
            g.fillRect(0, 0, WIDTH, 8);
            header(g, dashboard, words);
            List<ImageTile> tiles = ImageTile.of(dashboard, DashboardWords.in(words.language()));
            int width = (WIDTH - 2 * MARGIN - (tiles.size() - 1) * GAP) / tiles.size();
            int inner = width - 2 * TILE_PADDING;
            // One label size and one figure size for all tiles, so the row reads as one line of figures.
            float labelSize = tiles.stream()
                    .mapToInt(tile -> largestFitting(g, tile.label(), Font.PLAIN, LABEL_SIZE, 16, inner))
                    .min().orElse(LABEL_SIZE);
            float figureSize = tiles.stream().filter(ImageTile::hasFigure)
                    .mapToInt(tile -> largestFitting(g, tile.figure(), Font.BOLD, FIGURE_SIZE, 12,
                            inner - suffixWidth(g, tile)))
                    .min().orElse(FIGURE_SIZE);
            for (int i = 0; i < tiles.size(); i++) {
                tile(g, tiles.get(i), MARGIN + i * (width + GAP), width, labelSize, figureSize);
            }
            footer(g, dashboard.monitor().mapRegion(), words);
        } finally {
            g.dispose();
        }
        return png(image);
    }

    private static void header(Graphics2D g, Dashboard dashboard, PreviewWords words) {
        g.setFont(font(Font.BOLD, 19).deriveFont(Map.of(TextAttribute.TRACKING, 0.12f)));
        g.setColor(ACCENT);
        g.drawString(words.brand(), MARGIN, 62);

        String status = dashboard.snapshot() ? words.asKnownAt(DashboardHeadline.describeMoment(dashboard.readAt()))
                : words.live(dashboard.today());
        g.setFont(font(Font.BOLD, 20));
        FontMetrics pill = g.getFontMetrics();
        int pillWidth = pill.stringWidth(status) + 36;
        int pillX = WIDTH - MARGIN - pillWidth;
        int pillY = 88;
        g.setColor(dashboard.snapshot() ? PINNED_FILL : LINE);
        g.fill(new RoundRectangle2D.Float(pillX, pillY, pillWidth, 44, 44, 44));
        g.setColor(dashboard.snapshot() ? PINNED_TEXT : TEXT);
        g.drawString(status, pillX + 18, pillY + 22 + (pill.getAscent() - pill.getDescent()) / 2f);

        g.setColor(INK);
        int size = largestFitting(g, dashboard.monitor().name(), Font.BOLD, 52, 34, pillX - MARGIN - 24);
        g.setFont(font(Font.BOLD, size));
        g.drawString(ellipsis(g.getFontMetrics(), dashboard.monitor().name(), pillX - MARGIN - 24), MARGIN, 128);
    }

    private static void tile(Graphics2D g, ImageTile tile, int x, int width, float labelSize, float figureSize) {
        g.setColor(Color.WHITE);
        RoundRectangle2D card = new RoundRectangle2D.Float(x, TILE_TOP, width, TILE_HEIGHT, 20, 20);
        g.fill(card);
        g.setColor(LINE);
        g.setStroke(new BasicStroke(2f));
        g.draw(card);

        int left = x + TILE_PADDING;
        int inner = width - 2 * TILE_PADDING;
        g.setFont(font(Font.PLAIN, labelSize));
        g.setColor(TEXT);
        g.drawString(ellipsis(g.getFontMetrics(), tile.label(), inner), left, TILE_TOP + 46);
        if (tile.qualifier() != null) {
            g.setFont(font(Font.BOLD, 20));
            g.setColor(tile.showsLadder() ? MUTED : QUALIFIER);
            g.drawString(tile.qualifier(), left, TILE_TOP + 94);
        }
        figure(g, tile, left, figureSize);
        if (tile.showsLadder()) {
            ladder(g, tile, left, inner);
        }
        int baseline = TILE_TOP + 250;
        g.setFont(font(Font.BOLD, 19));
        g.setColor(INK);
        List<String> emphasis = wrap(g.getFontMetrics(), tile.emphasis(), inner, 2);
        for (String text : emphasis) {
            g.drawString(text, left, baseline);
            baseline += LINE_HEIGHT;
        }
        g.setFont(font(Font.PLAIN, 18));
        g.setColor(MUTED);
        for (String text : wrap(g.getFontMetrics(), tile.detail(), inner, TEXT_LINES - emphasis.size())) {
            g.drawString(text, left, baseline);
            baseline += LINE_HEIGHT;
        }
    }

    private static void figure(Graphics2D g, ImageTile tile, int left, float size) {
        int baseline = TILE_TOP + 186;
        if (!tile.hasFigure()) {
            g.setFont(font(Font.BOLD, FIGURE_SIZE));
            g.setColor(LINE);
            g.drawString("–", left, baseline);
            return;
        }
        g.setFont(font(Font.BOLD, size));
        g.setColor(INK);
        g.drawString(tile.figure(), left, baseline);
        if (tile.suffix() != null) {
            int figureWidth = g.getFontMetrics().stringWidth(tile.figure());
            g.setFont(font(Font.PLAIN, SUFFIX_SIZE));
            g.setColor(TEXT);
            g.drawString(tile.suffix(), left + figureWidth + SUFFIX_GAP, baseline);
        }
    }

    private static int suffixWidth(Graphics2D g, ImageTile tile) {
        return tile.suffix() == null ? 0
                : g.getFontMetrics(font(Font.PLAIN, SUFFIX_SIZE)).stringWidth(tile.suffix()) + SUFFIX_GAP;
    }

    /** The ladder as segments, the reached ones filled: how far up the steps the crisis has gone. */
    private static void ladder(Graphics2D g, ImageTile tile, int left, int inner) {
        int gap = 6;
        float segment = (inner - (tile.ladderSize() - 1) * gap) / (float) tile.ladderSize();
        for (int step = 1; step <= tile.ladderSize(); step++) {
            g.setColor(step <= tile.reached() ? ACCENT : LINE);
            g.fill(new RoundRectangle2D.Float(left + (step - 1) * (segment + gap), TILE_TOP + 206, segment, 10, 6, 6));
        }
    }

    /** The footer line and words, and a small map of the monitor's region at its right end when it has one. */
    private static void footer(Graphics2D g, MapRegion region, PreviewWords words) {
        int mapWidth = region == null ? 0 : RegionInset.width(region, INSET_HEIGHT, INSET_MAX_WIDTH);
        if (region != null) {
            RegionInset.draw(g, region, WIDTH - MARGIN - mapWidth, INSET_TOP, mapWidth, INSET_HEIGHT);
        }
        g.setColor(LINE);
        g.fillRect(MARGIN, 556, WIDTH - 2 * MARGIN - (mapWidth == 0 ? 0 : mapWidth + GAP), 2);
        g.setFont(font(Font.PLAIN, 20));
        g.setColor(MUTED);
        g.drawString(words.footer(), MARGIN, 596);
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException impossible) {
            throw new UncheckedIOException("Writing a PNG to memory failed", impossible);
        }
        return bytes.toByteArray();
    }
}
