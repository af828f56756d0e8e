package com.riskdesk.monitor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The order of a monitor's tiles, as keys: an indicator's code, {@link #ESCALATION} for the escalation step and
 * {@link #SINCE_LAST} for "days since the last ...". Which tiles show is decided elsewhere in the definition (an
 * indicator's {@code hidden}, the recency kind); this decides only where each one stands. A complete order names
 * every indicator (hidden ones too, so showing one again puts it back where it was) and both other tiles.
 */
public final class TileOrder {

    public static final String ESCALATION = "escalation";
    public static final String SINCE_LAST = "since-last";

    private TileOrder() {
    }

    /** The order of a monitor that never chose one: the indicators in their order, the escalation step, days since. */
    public static List<String> standard(List<Indicator> indicators) {
        List<String> order = new ArrayList<>(indicators.stream().map(Indicator::code).toList());
        order.add(ESCALATION);
        order.add(SINCE_LAST);
        return List.copyOf(order);
    }

    /**
     * {@code chosen} made complete: keys of no tile (a removed indicator) and repeats dropped; an indicator it does not
     * name (a new one) placed after the last indicator it names, in the indicators' order, or first when it names
     * none; the escalation step and days since, when missing, at the end. Null or empty gives {@link #standard}.
     */
    public static List<String> complete(List<Indicator> indicators, List<String> chosen) {
        if (chosen == null || chosen.isEmpty()) {
            return standard(indicators);
        }
        Set<String> known = new LinkedHashSet<>(standard(indicators));
        List<String> order = new ArrayList<>(new LinkedHashSet<>(chosen.stream().filter(known::contains).toList()));
        List<String> codes = indicators.stream().map(Indicator::code).toList();
        int after = -1;
        for (int i = 0; i < order.size(); i++) {
            if (codes.contains(order.get(i))) {
                after = i;
            }
        }
        for (String code : codes) {
            if (!order.contains(code)) {
                order.add(++after, code);
            }
        }
        for (String other : List.of(ESCALATION, SINCE_LAST)) {
            if (!order.contains(other)) {
                order.add(other);
            }
        }
        return List.copyOf(order);
    }

    /** How the order is stored: null for the standard order, else the keys separated by commas. */
    static String stored(List<Indicator> indicators, List<String> order) {
        List<String> complete = complete(indicators, order);
        return complete.equals(standard(indicators)) ? null : String.join(",", complete);
    }

    /** The order as stored, completed for the monitor's indicators. */
    static List<String> read(List<Indicator> indicators, String stored) {
        return complete(indicators, stored == null || stored.isBlank() ? null : List.of(stored.split(",")));
    }
}
