package com.riskdesk.monitor;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** Aggregate root: a monitored region or situation with its indicators, escalation ladder and kinds of entry. */
@Table("monitor")
record Monitor(
        @Id Long id,
        String slug,
        String name,
        String summary,
        LocalDate startDate,
        String region,
        @MappedCollection(idColumn = "monitor_id", keyColumn = "position") List<Indicator> indicators,
        @MappedCollection(idColumn = "monitor_id", keyColumn = "position") List<EscalationStep> ladder,
        @MappedCollection(idColumn = "monitor_id", keyColumn = "position") List<EntryKindDefinition> kinds,
        String recencyKind,
        String mapRegion,
        String tileOrder,
        @Version Integer version) {

    Monitor {
        indicators = List.copyOf(indicators);
        ladder = List.copyOf(ladder);
        kinds = List.copyOf(kinds);
    }

    static Monitor create(MonitorDefinition definition) {
        return new Monitor(null, definition.slug(), definition.name(), definition.summary(), definition.startDate(),
                definition.region(), definition.indicators(), definition.ladder(), definition.kinds(),
                definition.recencyKind(), spec(definition),
                TileOrder.stored(definition.indicators(), definition.tileOrder()), null);
    }

    /** The same monitor with new content; its id, slug and the version it was loaded at stay. */
    Monitor updated(MonitorDefinition definition) {
        return new Monitor(id, slug, definition.name(), definition.summary(), definition.startDate(),
                definition.region(), definition.indicators(), definition.ladder(), definition.kinds(),
                definition.recencyKind(), spec(definition),
                TileOrder.stored(definition.indicators(), definition.tileOrder()), version);
    }

    private static String spec(MonitorDefinition definition) {
        return definition.mapRegion() == null ? null : definition.mapRegion().spec();
    }
}
