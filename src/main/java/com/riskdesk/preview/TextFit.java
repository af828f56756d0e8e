package com.riskdesk.preview;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

/** Making text fit a width on the image: a smaller size, word-wrapping, or "…" for what is left over. */
final class TextFit {

    private TextFit() {
    }

    /** The largest size from {@code size} down to {@code min} at which {@code text} fits {@code maxWidth}. */
    static int largestFitting(Graphics2D g, String text, int style, int size, int min, int maxWidth) {
        int current = size;
        while (current > min && g.getFontMetrics(font(style, current)).stringWidth(text) > maxWidth) {
            current--;
        }
        return current;
    }

    /** Word-wraps into at most {@code maxLines} lines, ending the last with "…" when text is left over. */
    static List<String> wrap(FontMetrics metrics, String text, int maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank() || maxLines <= 0) {
            return lines;
        }
        String current = "";
        for (String word : text.strip().split("\\s+")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (current.isEmpty() || metrics.stringWidth(candidate) <= maxWidth) {
                current = candidate;
            } else if (lines.size() + 1 == maxLines) {
                lines.add(ellipsis(metrics, candidate, maxWidth));
                return lines;
            } else {
                lines.add(ellipsis(metrics, current, maxWidth));
                current = word;
            }
        }
        lines.add(ellipsis(metrics, current, maxWidth));
        return lines;
    }

    /** {@code text} on one line, shortened with "…" when it does not fit. */
    static String ellipsis(FontMetrics metrics, String text, int maxWidth) {
        if (metrics.stringWidth(text) <= maxWidth) {
            return text;
        }
        String shortened = text;
        while (!shortened.isEmpty() && metrics.stringWidth(shortened.strip() + "…") > maxWidth) {
            shortened = shortened.substring(0, shortened.offsetByCodePoints(shortened.length(), -1));
        }
        return shortened.strip() + "…";
    }

    static Font font(int style, float size) {
        return new Font(Font.SANS_SERIF, style, 1).deriveFont(size);
    }
}
