package com.riskdesk;

import com.riskdesk.entry.Confidence;
import com.riskdesk.entry.DatePrecision;
import com.riskdesk.entry.EntryKind;
import com.riskdesk.entry.Figure;
import com.riskdesk.entry.NewEntry;
import com.riskdesk.entry.Qualifier;
import com.riskdesk.monitor.Counting;
import com.riskdesk.monitor.EntryKindDefinition;
import com.riskdesk.monitor.EscalationStep;
import com.riskdesk.monitor.Indicator;
import com.riskdesk.monitor.MonitorDefinition;
import com.riskdesk.monitor.TileOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A second monitor, unlike the first in every word: attacks, displaced people and fatalities, its own ladder and
 * kinds, and a "days since the last attack" tile. Built in tests only; its dashboard must never say {@link #FOREIGN}.
 */
public final class SahelMonitor {

    /** Words of the other monitor that must not appear anywhere on this one's pages. */
    public static final List<String> FOREIGN = List.of("boat", "strike", "venezuela");
    public static final EntryKind ATTACK = EntryKind.valueOf("ATTACK");
    public static final EntryKind COMMUNIQUE = EntryKind.valueOf("COMMUNIQUE");

    private SahelMonitor() {
    }

    public static MonitorDefinition definition(String slug) {
        return new MonitorDefinition(slug, "Sahel", "Armed violence in the central Sahel.", LocalDate.of(2025, 10, 1),
                List.of(new Indicator("attacks", "Attacks", "attacks", "Armed attacks on villages and posts",
                                Counting.EVENTS, false),
                        new Indicator("displaced", "Displaced people", "people", "People forced from their homes"),
                        new Indicator("fatalities", "Fatalities", "people", "People killed")),
                List.of(new EscalationStep("Raids on villages", "Armed groups raid villages."),
                        new EscalationStep("Regional offensive", "Coordinated attacks across a region."),
                        new EscalationStep("Capital threatened", "Fighting within reach of the capital.")),
                List.of(new EntryKindDefinition("ATTACK", "Attack"),
                        new EntryKindDefinition("DISPLACEMENT", "Displacement report"),
                        EntryKindDefinition.escalationStep(),
                        new EntryKindDefinition("COMMUNIQUE", "Communiqué")),
                "ATTACK");
    }

    /**
     * The same monitor defined to lead with the escalation step, then fatalities, attacks and displaced people, and
     * with no "days since the last ..." tile.
     */
    public static MonitorDefinition escalationFirst(String slug) {
        MonitorDefinition sahel = definition(slug);
        return new MonitorDefinition(sahel.slug(), sahel.name(), sahel.summary(), sahel.startDate(),
                sahel.indicators(), sahel.ladder(), sahel.kinds(), null, sahel.region(), sahel.mapRegion(),
                List.of(TileOrder.ESCALATION, "fatalities", "attacks", "displaced"));
    }

    /** An attack on 10 Jan 2026 with running totals, a communiqué, and step 2 reached on 5 Jan 2026. */
    public static List<NewEntry> entries(long monitorId) {
        return List.of(
                new NewEntry(monitorId, EntryKind.ESCALATION_STEP, LocalDate.of(2026, 1, 5), DatePrecision.DAY, 2,
                        "Armed groups launch a coordinated offensive", TestData.SOURCE, Confidence.CONFIRMED, null,
                        Map.of()),
                new NewEntry(monitorId, ATTACK, LocalDate.of(2026, 1, 10), DatePrecision.DAY, null,
                        "Gunmen raid three villages near the border", TestData.SOURCE, Confidence.SINGLE_SOURCE, null,
                        Map.of("attacks", Figure.cumulative(Qualifier.EXACT, 12),
                                "displaced", Figure.cumulative(Qualifier.AT_LEAST, 15000),
                                "fatalities", Figure.cumulative(Qualifier.AT_LEAST, 40))),
                new NewEntry(monitorId, COMMUNIQUE, LocalDate.of(2026, 1, 11), DatePrecision.DAY, null,
                        "Regional bloc calls for a ceasefire", TestData.SOURCE, Confidence.OFFICIAL_CLAIM, null,
                        Map.of()));
    }
}
