package com.riskdesk.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** What changed between two definitions of a monitor, one readable line per change, for its history. */
final class DefinitionDiff {

    private DefinitionDiff() {
    }

    static List<String> between(MonitorDefinition before, MonitorDefinition after) {
        List<String> changes = new ArrayList<>();
        field(changes, "Name", before.name(), after.name());
        field(changes, "Summary", before.summary(), after.summary());
        field(changes, "Start date", before.startDate(), after.startDate());
        items(changes, "Indicator", before.indicators(), after.indicators(), Indicator::code, DefinitionDiff::describe);
        field(changes, "Indicator order", codes(before.indicators(), Indicator::code),
                codes(after.indicators(), Indicator::code));
        items(changes, "Kind", before.kinds(), after.kinds(), EntryKindDefinition::code, DefinitionDiff::describe);
        field(changes, "Ladder", String.join(" / ", before.ladder().stream().map(EscalationStep::name).toList()),
                String.join(" / ", after.ladder().stream().map(EscalationStep::name).toList()));
        if (!before.ladder().equals(after.ladder()) && changes.stream().noneMatch(line -> line.startsWith("Ladder"))) {
            changes.add("Ladder: a step's meaning changed");
        }
        field(changes, "\"Days since the last ...\" tile counts", before.recencyKind(), after.recencyKind());
        field(changes, "Map region", spec(before), spec(after));
        field(changes, "Tile order", String.join(", ", before.tileOrder()), String.join(", ", after.tileOrder()));
        return changes;
    }

    /** How a new monitor's definition is recorded as its first revision. */
    static List<String> created(MonitorDefinition definition) {
        return List.of("Created with indicators " + codes(definition.indicators(), Indicator::code)
                + ", kinds " + codes(definition.kinds(), EntryKindDefinition::code)
                + " and a ladder of " + definition.ladder().size() + " steps");
    }

    private static <T> void items(List<String> changes, String noun, List<T> before, List<T> after,
                                  Function<T, String> code, Function<T, String> describe) {
        for (T item : after) {
            T old = before.stream().filter(b -> code.apply(b).equals(code.apply(item))).findFirst().orElse(null);
            if (old == null) {
                changes.add(noun + " " + code.apply(item) + " added: " + describe.apply(item));
            } else if (!old.equals(item)) {
                changes.add(noun + " " + code.apply(item) + ": " + describe.apply(old) + " → " + describe.apply(item));
            }
        }
        for (T old : before) {
            if (after.stream().noneMatch(item -> code.apply(item).equals(code.apply(old)))) {
                changes.add(noun + " " + code.apply(old) + " removed");
            }
        }
    }

    private static String describe(Indicator indicator) {
        return "\"" + indicator.name() + "\" (" + indicator.unit() + ", "
                + (indicator.counting() == Counting.EVENTS ? "count of events" : "running total")
                + (indicator.hidden() ? ", hidden" : "") + ")"
                + (indicator.description() == null ? "" : ": " + indicator.description());
    }

    private static String describe(EntryKindDefinition kind) {
        return "\"" + kind.label() + "\"" + (kind.hidden() ? " (hidden)" : "");
    }

    private static String spec(MonitorDefinition definition) {
        return definition.mapRegion() == null ? null : definition.mapRegion().spec();
    }

    private static <T> String codes(List<T> items, Function<T, String> code) {
        return String.join(", ", items.stream().map(code).toList());
    }

    private static void field(List<String> changes, String label, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(label + ": " + (before == null ? "none" : before) + " → " + (after == null ? "none" : after));
        }
    }
}
