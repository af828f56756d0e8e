package com.riskdesk.monitor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import com.riskdesk.place.MapRegion;

/**
 * A monitor as the rest of the application reads it. Ladder steps are numbered from 1 (lowest).
 * {@code version} is what an editor hands back to {@link MonitorService#update} so a concurrent change is noticed.
 * {@code region} is null when the monitor has none; so is {@code mapRegion} (its map then fits the entries' places).
 * {@code tileOrder} is where each tile stands on its dashboard ({@link TileOrder}), complete.
 */
public record MonitorDetails(long id, String slug, String name, String summary, LocalDate startDate,
                             List<Indicator> indicators, List<EscalationStep> ladder,
                             List<EntryKindDefinition> kinds, String recencyKind, int version, String region,
                             MapRegion mapRegion, List<String> tileOrder) {

    public MonitorDetails {
        tileOrder = TileOrder.complete(indicators, tileOrder);
    }

    /** A monitor in the standard tile order. */
    public MonitorDetails(long id, String slug, String name, String summary, LocalDate startDate,
                          List<Indicator> indicators, List<EscalationStep> ladder,
                          List<EntryKindDefinition> kinds, String recencyKind, int version, String region,
                          MapRegion mapRegion) {
        this(id, slug, name, summary, startDate, indicators, ladder, kinds, recencyKind, version, region, mapRegion,
                null);
    }

    public MonitorDetails(long id, String slug, String name, String summary, LocalDate startDate,
                          List<Indicator> indicators, List<EscalationStep> ladder,
                          List<EntryKindDefinition> kinds, String recencyKind, int version, String region) {
        this(id, slug, name, summary, startDate, indicators, ladder, kinds, recencyKind, version, region,
                (MapRegion) null);
    }

    public MonitorDetails(long id, String slug, String name, String summary, LocalDate startDate,
                          List<Indicator> indicators, List<EscalationStep> ladder,
                          List<EntryKindDefinition> kinds, String recencyKind, int version) {
        this(id, slug, name, summary, startDate, indicators, ladder, kinds, recencyKind, version, null);
    }

    static MonitorDetails of(Monitor monitor) {
        return new MonitorDetails(monitor.id(), monitor.slug(), monitor.name(), monitor.summary(),
                monitor.startDate(), monitor.indicators(), monitor.ladder(), monitor.kinds(), monitor.recencyKind(),
                monitor.version() == null ? 0 : monitor.version(), monitor.region(),
                MapRegion.stored(monitor.mapRegion()), TileOrder.read(monitor.indicators(), monitor.tileOrder()));
    }

    /** Where the tile with this key stands among the monitor's tiles (0 first); past the end for an unknown key. */
    public int tilePosition(String key) {
        int position = tileOrder.indexOf(key);
        return position < 0 ? tileOrder.size() : position;
    }

    /** The step at a 1-based position on the ladder. */
    public EscalationStep step(int number) {
        return ladder.get(number - 1);
    }

    /** The indicators that have tiles and chart lines, in the monitor's order. */
    public List<Indicator> shownIndicators() {
        return indicators.stream().filter(indicator -> !indicator.hidden()).toList();
    }

    /** The kinds staff may choose for a new entry. */
    public List<EntryKindDefinition> shownKinds() {
        return kinds.stream().filter(kind -> !kind.hidden()).toList();
    }

    public Optional<EntryKindDefinition> kind(String code) {
        return kinds.stream().filter(kind -> kind.code().equals(code)).findFirst();
    }

    /** What readers call a kind; an unknown code (never expected) is shown as it is stored. */
    public String kindLabel(String code) {
        return kind(code).map(EntryKindDefinition::label).orElse(code);
    }

    /** The kind a "days since the last ..." tile counts, if the monitor has that tile. */
    public Optional<EntryKindDefinition> recency() {
        return recencyKind == null ? Optional.empty() : kind(recencyKind);
    }

    /** The definition as it stands, to change and hand back to {@link MonitorService#update}. */
    public MonitorDefinition definition() {
        return new MonitorDefinition(slug, name, summary, startDate, indicators, ladder, kinds, recencyKind, region,
                mapRegion, tileOrder);
    }
}
