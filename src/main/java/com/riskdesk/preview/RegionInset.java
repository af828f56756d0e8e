package com.riskdesk.preview;

import com.riskdesk.place.Gazetteer;
import com.riskdesk.place.GazetteerPlace;
import com.riskdesk.place.MapRegion;
import com.riskdesk.place.PlacePrecision;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * A small map of a monitor's region for the preview image: sea and the countries' outlines from the shipped
 * gazetteer, drawn with the same projection as the page's map (longitude scaled by the cosine of the middle
 * latitude), fitted into a box and centred in it.
 */
final class RegionInset {

    private static final Color SEA = new Color(0xDCEBF7);
    private static final Color LAND = new Color(0xEEF0F3);
    private static final Color COAST = new Color(0xB9C0CB);
    private static final Color FRAME = new Color(0xE2E8F0);

    private RegionInset() {
    }

    /** The width the region takes at {@code height}, at most {@code maxWidth}. */
    static int width(MapRegion region, int height, int maxWidth) {
        double ratio = (region.east() - region.west()) * xScale(region) / (region.north() - region.south());
        return (int) Math.min(maxWidth, Math.max(height, Math.round(height * ratio)));
    }

    static void draw(Graphics2D g, MapRegion region, int x, int y, int width, int height) {
        double xScale = xScale(region);
        double scale = Math.min(width / ((region.east() - region.west()) * xScale),
                height / (region.north() - region.south()));
        double midX = (region.west() + region.east()) / 2;
        double midY = (region.south() + region.north()) / 2;
        Rectangle2D box = new Rectangle2D.Double(x, y, width, height);
        Shape clip = g.getClip();
        g.setClip(box);
        g.setColor(SEA);
        g.fill(box);
        double west = midX - width / 2.0 / (scale * xScale);
        double east = midX + width / 2.0 / (scale * xScale);
        double south = midY - height / 2.0 / scale;
        double north = midY + height / 2.0 / scale;
        g.setStroke(new BasicStroke(0.8f));
        for (GazetteerPlace country : Gazetteer.all()) {
            double[] b = country.bbox();
            if (country.precision() != PlacePrecision.COUNTRY || b[0] > east || b[2] < west || b[1] > north
                    || b[3] < south) {
                continue;
            }
            Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            for (List<List<double[]>> polygon : country.polygons()) {
                for (List<double[]> ring : polygon) {
                    for (int i = 0; i < ring.size(); i++) {
                        double px = x + width / 2.0 + (ring.get(i)[0] - midX) * scale * xScale;
                        double py = y + height / 2.0 - (ring.get(i)[1] - midY) * scale;
                        if (i == 0) {
                            path.moveTo(px, py);
                        } else {
                            path.lineTo(px, py);
                        }
                    }
                    path.closePath();
                }
            }
            g.setColor(LAND);
            g.fill(path);
            g.setColor(COAST);
            g.draw(path);
        }
        g.setClip(clip);
        g.setColor(FRAME);
        g.setStroke(new BasicStroke(2f));
        g.draw(box);
    }

    private static double xScale(MapRegion region) {
        return Math.max(0.2, Math.cos(Math.toRadians((region.south() + region.north()) / 2)));
    }
}
