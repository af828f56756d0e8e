package com.riskdesk.demo;

import static com.riskdesk.entry.Confidence.OFFICIAL_CLAIM;
import static com.riskdesk.entry.Confidence.SINGLE_SOURCE;
import static com.riskdesk.entry.DatePrecision.DAY;
import static com.riskdesk.entry.DatePrecision.MONTH;
import static com.riskdesk.entry.DatePrecision.ON_OR_BEFORE;

import com.riskdesk.entry.Confidence;
import com.riskdesk.entry.DatePrecision;
import com.riskdesk.entry.EntryKind;
import com.riskdesk.entry.Figure;
import com.riskdesk.entry.NewEntry;
import com.riskdesk.entry.Qualifier;
import com.riskdesk.entry.Source;
import com.riskdesk.monitor.EntryKindDefinition;
import com.riskdesk.assessment.JudgementPeriod;
import com.riskdesk.assessment.JudgementSource;
import com.riskdesk.assessment.NewJudgement;
import com.riskdesk.assessment.Trend;
import com.riskdesk.monitor.EscalationStep;
import com.riskdesk.monitor.Indicator;
import com.riskdesk.monitor.MonitorDefinition;
import com.riskdesk.place.Gazetteer;
import com.riskdesk.place.MapRegion;
import com.riskdesk.place.Place;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Everything the briefing {@code venezuela-crisis-2025-11-30.txt} says that the monitor records, and nothing
 * more. The briefing gives only cumulative strike figures, so they are stored as one cumulative entry; the
 * notes quote the sentence each entry rests on.
 */
final class VenezuelaBriefing {

    static final String SLUG = "venezuela";
    static final EntryKind STRIKE = EntryKind.valueOf("STRIKE");
    static final EntryKind STATEMENT = EntryKind.valueOf("STATEMENT");
    static final EntryKind ESCALATION_STEP = EntryKind.ESCALATION_STEP;
    static final LocalDate BRIEFING_DATE = LocalDate.of(2025, 11, 30);
    static final Source SOURCE = new Source("Team briefing",
            "Venezuela crisis briefing (venezuela-crisis-2025-11-30.txt)", null, BRIEFING_DATE);

    /**
     * Where the briefing puts the strikes: "US military operations in the Caribbean and eastern Pacific regions"
     * (two areas, no coordinates), and the closed airspace: "the airspace above and surrounding Venezuela" (the
     * country). The briefing gives no coordinates, so no entry has a point.
     */
    static final Place OPERATION_AREA = Place.of(List.of(Gazetteer.named("Caribbean Sea").orElseThrow(),
            Gazetteer.named("Eastern Pacific Ocean").orElseThrow()), "the Caribbean and eastern Pacific regions");
    static final Place AIRSPACE = Place.of(Gazetteer.named("Venezuela").orElseThrow(),
            "the airspace above and surrounding Venezuela");

    /**
     * What the map shows by default: the places the briefing names (the Caribbean, the eastern Pacific, Venezuela),
     * with the margin every region gets; no numbers of our own.
     */
    static final MapRegion MAP_REGION = MapRegion.parse(String.join("; ",
            java.util.stream.Stream.concat(OPERATION_AREA.areas().stream(), AIRSPACE.areas().stream()).toList()));

    private VenezuelaBriefing() {
    }

    static MonitorDefinition monitor() {
        return new MonitorDefinition(SLUG, "Venezuela",
                "The US–Venezuela crisis: US strikes on boats near Venezuela (Operation Southern Spear), "
                        + "the deaths they caused, and the steps of escalation between Washington and Caracas.",
                LocalDate.of(2025, 9, 1),
                List.of(new Indicator("boats_struck", "Boats struck", "boats",
                                "Vessels attacked. Counted apart from strikes: reports blur the two."),
                        new Indicator("deaths", "Deaths", "people", "People killed in the strikes."),
                        new Indicator("strikes", "Strikes", "strikes",
                                "Separate strike actions; one strike may hit more than one boat.")),
                List.of(new EscalationStep("Strikes on boats",
                                "US forces strike suspected drug-smuggling boats near Venezuela (Operation Southern Spear)."),
                        new EscalationStep("Terrorist designation",
                                "The maritime networks are labelled foreign terrorist organisations, "
                                        + "a legal basis for wider military action."),
                        new EscalationStep("Airspace declared closed",
                                "The US declares the airspace above and around Venezuela closed in its entirety."),
                        new EscalationStep("Offer to Maduro to leave",
                                "Washington offers Maduro the option to leave Venezuela, for Russia or elsewhere."),
                        new EscalationStep("US troops in Venezuela",
                                "US ground forces enter Venezuela. Publicly ruled out on 30 Nov 2025 "
                                        + "(\"we're not going to put troops into Venezuela\").")),
                List.of(new EntryKindDefinition(STRIKE.code(), "Strike"),
                        new EntryKindDefinition("CASUALTY_REPORT", "Casualty report"),
                        EntryKindDefinition.escalationStep(),
                        new EntryKindDefinition(STATEMENT.code(), "Statement"),
                        new EntryKindDefinition("OTHER", "Other")),
                STRIKE.code(),
                // "Growing concern throughout Latin America", as the briefing puts the region.
                "Latin America").withMapRegion(MAP_REGION);
    }

    /**
     * November 2025 judged deteriorated, with a risk alert: the briefing reports the terrorist designation, the
     * airspace declared closed and the offer to Maduro to leave, all within the month, and no easing.
     */
    static NewJudgement judgement(long monitorId) {
        return new NewJudgement(monitorId, JudgementPeriod.month(YearMonth.of(2025, 11)), Trend.DETERIORATED, true,
                "US declares the airspace above and around Venezuela closed",
                "The Pentagon labelled the maritime networks \"foreign terrorist organisations\", a legal basis for "
                        + "wider military action; the US president declared the airspace above and surrounding "
                        + "Venezuela closed in its entirety; and Washington offered Maduro the option to leave the "
                        + "country. Strikes on suspected drug boats went on (at least 83 deaths by official figures).",
                List.of(new JudgementSource(SOURCE.outlet() + ": " + SOURCE.title(), null)));
    }

    static List<NewEntry> entries(long monitorId) {
        return List.of(
                entry(monitorId, STRIKE, LocalDate.of(2025, 9, 1), MONTH, 1, SINGLE_SOURCE,
                        "US forces begin strikes on suspected drug-smuggling boats (Operation Southern Spear)",
                        "\"Since September, American forces have conducted airstrikes targeting suspected "
                                + "drug-smuggling vessels as part of Operation Southern Spear.\"",
                        Map.of()).withPlace(OPERATION_AREA),
                entry(monitorId, STRIKE, BRIEFING_DATE, ON_OR_BEFORE, null, OFFICIAL_CLAIM,
                        "At least 21 boats attacked and at least 83 people killed since September, official figures say",
                        "\"... resulting in at least 83 deaths according to official figures. The operation has "
                                + "attacked at least 21 boats.\" Officials have not released cargo evidence that the "
                                + "vessels carried drugs. No per-strike figures in the briefing.",
                        Map.of("boats_struck", Figure.cumulative(Qualifier.AT_LEAST, 21),
                                "deaths", Figure.cumulative(Qualifier.AT_LEAST, 83))).withPlace(OPERATION_AREA),
                entry(monitorId, ESCALATION_STEP, BRIEFING_DATE, ON_OR_BEFORE, 2, SINGLE_SOURCE,
                        "Pentagon labels the maritime networks \"foreign terrorist organisations\"",
                        "\"This designation places these groups alongside internationally recognized terrorist "
                                + "entities like al Qaeda.\" The briefing gives no date for the designation.",
                        Map.of()),
                entry(monitorId, ESCALATION_STEP, LocalDate.of(2025, 11, 29), DAY, 3, OFFICIAL_CLAIM,
                        "Trump declares the airspace above and surrounding Venezuela \"closed in its entirety\"",
                        "Posted on Truth Social on Saturday: \"To all Airlines, Pilots, Drug Dealers, and Human "
                                + "Traffickers, please consider THE AIRSPACE ABOVE AND SURROUNDING VENEZUELA TO BE "
                                + "CLOSED IN ITS ENTIRETY.\"",
                        Map.of()).withPlace(AIRSPACE),
                entry(monitorId, STATEMENT, BRIEFING_DATE, ON_OR_BEFORE, null, OFFICIAL_CLAIM,
                        "Venezuela condemns the airspace declaration as a \"colonial threat\"",
                        "Caracas called it \"illegal and unjustified aggression\" and accused Washington of a "
                                + "\"permanent policy of aggression\".",
                        Map.of()),
                entry(monitorId, ESCALATION_STEP, BRIEFING_DATE, ON_OR_BEFORE, 4, SINGLE_SOURCE,
                        "US offered Maduro the option to leave for Russia or another country, Sen. Mullin reveals",
                        "Revealed on Sunday 30 Nov 2025: \"We gave Maduro an opportunity to leave. We said he could "
                                + "leave and go to Russia or he could go to another country.\"",
                        Map.of()),
                entry(monitorId, STATEMENT, BRIEFING_DATE, DAY, null, SINGLE_SOURCE,
                        "\"We're not going to put troops into Venezuela\", Sen. Mullin says of Trump's intentions",
                        "\"No, he's made it very clear we're not going to put troops into Venezuela.\" "
                                + "\"What we're trying to do is protect our own shores.\"",
                        Map.of()));
    }

    private static NewEntry entry(long monitorId, EntryKind kind, LocalDate occurredOn, DatePrecision precision,
                                  Integer level, Confidence confidence, String headline, String notes,
                                  Map<String, Figure> figures) {
        return new NewEntry(monitorId, kind, occurredOn, precision, level, headline, SOURCE, confidence, notes,
                figures);
    }
}
