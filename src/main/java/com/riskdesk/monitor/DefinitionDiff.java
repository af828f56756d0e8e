package com.riskdesk.monitor;

import com.riskdesk.base.i18n.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed between two definitions of a monitor, one message per change ({@code monitor.change.*}), for its
 * history in the reader's language; names staff entered are kept as entered. A new kind of change is one line in
 * {@link #between} and its words in the bundles: a field compared as text needs only {@code monitor.change.field.*}.
 */
final class DefinitionDiff {

    static final String PREFIX = "monitor.change.";

    private DefinitionDiff() {
    }

    static List<Message> between(MonitorDefinition before, MonitorDefinition after) {
        List<Message> changes = new ArrayList<>();
        field(changes, "name", before.name(), after.name());
        field(changes, "summary", before.summary(), after.summary());
        field(changes, "start-date", before.startDate(), after.startDate());
        items(changes, "indicator", before.indicators(), after.indicators(), Indicator::code, DefinitionDiff::describe);
        field(changes, "indicator-order", codes(before.indicators(), Indicator::code),
                codes(after.indicators(), Indicator::code));
        items(changes, "kind", before.kinds(), after.kinds(), EntryKindDefinition::code, DefinitionDiff::describe);
        boolean namesChanged = field(changes, "ladder", steps(before), steps(after));
        if (!namesChanged && !before.ladder().equals(after.ladder())) {
            changes.add(Message.of(PREFIX + "ladder-meaning"));
        }
        field(changes, "recency-kind", before.recencyKind(), after.recencyKind());
        field(changes, "map-region", spec(before), spec(after));
        field(changes, "tile-order", String.join(", ", before.tileOrder()), String.join(", ", after.tileOrder()));
        return changes;
    }

    /** How a new monitor's definition is recorded as its first revision. */
    static List<Message> created(MonitorDefinition definition) {
        return List.of(Message.of(PREFIX + "created", codes(definition.indicators(), Indicator::code),
                codes(definition.kinds(), EntryKindDefinition::code), definition.ladder().size()));
    }

    private static <T> void items(List<Message> changes, String noun, List<T> before, List<T> after,
                                  Function<T, String> code, Function<T, Message> describe) {
        Message named = Message.of(PREFIX + "item." + noun);
        for (T item : after) {
            T old = before.stream().filter(b -> code.apply(b).equals(code.apply(item))).findFirst().orElse(null);
            if (old == null) {
                changes.add(Message.of(PREFIX + "added", named, code.apply(item), describe.apply(item)));
            } else if (!old.equals(item)) {
                changes.add(Message.of(PREFIX + "changed", named, code.apply(item), describe.apply(old),
                        describe.apply(item)));
            }
        }
        for (T old : before) {
            if (after.stream().noneMatch(item -> code.apply(item).equals(code.apply(old)))) {
                changes.add(Message.of(PREFIX + "removed", named, code.apply(old)));
            }
        }
    }

    /** "\"Deaths\" (people, running total, hidden): what it counts". */
    private static Message describe(Indicator indicator) {
        Message counting = Message.of(PREFIX + "counting." + indicator.counting().name());
        int hidden = indicator.hidden() ? 1 : 0;
        return indicator.description() == null
                ? Message.of(PREFIX + "indicator", indicator.name(), indicator.unit(), counting, hidden)
                : Message.of(PREFIX + "indicator.described", indicator.name(), indicator.unit(), counting, hidden,
                        indicator.description());
    }

    /** "\"Attack\"", "\"Attack\" (hidden)". */
    private static Message describe(EntryKindDefinition kind) {
        return Message.of(PREFIX + "kind", kind.label(), kind.hidden() ? 1 : 0);
    }

    private static String steps(MonitorDefinition definition) {
        return String.join(" / ", definition.ladder().stream().map(EscalationStep::name).toList());
    }

    private static String spec(MonitorDefinition definition) {
        return definition.mapRegion() == null ? null : definition.mapRegion().spec();
    }

    private static <T> String codes(List<T> items, Function<T, String> code) {
        return String.join(", ", items.stream().map(code).toList());
    }

    /** Adds "Name: a → b" when the values differ, and says whether it did. */
    private static boolean field(List<Message> changes, String field, Object before, Object after) {
        if (Objects.equals(before, after)) {
            return false;
        }
        changes.add(Message.of(PREFIX + "field", Message.of(PREFIX + "field." + field), value(before), value(after)));
        return true;
    }

    private static Object value(Object value) {
        return value == null ? Message.of(PREFIX + "none") : value.toString();
    }
}
