package com.riskdesk.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/** Which fields differ between two states of an entry, described as text a reader can follow. */
public final class EntryDiff {

    private EntryDiff() {
    }

    /** The changes from {@code before} to {@code after}; a null {@code before} (a new entry) lists every field set. */
    public static List<FieldChange> between(NewEntry before, NewEntry after) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "Kind", before, after, entry -> entry.kind().codeInWords());
        compare(changes, "Date", before, after, entry -> entry.datePrecision().describe(entry.occurredOn()));
        compare(changes, "Escalation step", before, after,
                entry -> entry.escalationLevel() == null ? "" : "Step " + entry.escalationLevel());
        compare(changes, "Headline", before, after, NewEntry::headline);
        compare(changes, "Source outlet", before, after, entry -> entry.source().outlet());
        compare(changes, "Source title", before, after, entry -> entry.source().title());
        compare(changes, "Source URL", before, after, entry -> text(entry.source().url()));
        compare(changes, "Source published", before, after,
                entry -> entry.source().publishedOn() == null ? "" : DatePrecision.formatDay(entry.source().publishedOn()));
        compare(changes, "Confidence", before, after, entry -> entry.confidence().label());
        compare(changes, "Notes", before, after, entry -> text(entry.notes()));
        compare(changes, "Place", before, after, entry -> entry.place() == null ? "" : entry.place().describe());
        Map<String, Figure> figuresBefore = before == null ? Map.of() : before.figures();
        for (String code : new TreeSet<>(union(figuresBefore, after.figures()))) {
            String was = describe(figuresBefore.get(code));
            String is = describe(after.figures().get(code));
            if (!was.equals(is)) {
                changes.add(new FieldChange("Figure: " + code, was, is));
            }
        }
        return changes;
    }

    static String describe(Figure figure) {
        if (figure == null) {
            return "";
        }
        String value = switch (figure.qualifier()) {
            case AT_LEAST -> "at least " + figure.low();
            case RANGE -> figure.low() + "–" + figure.high();
            case EXACT -> Integer.toString(figure.low());
        };
        return value + (figure.basis() == Basis.CUMULATIVE ? " (running total)" : " (this event)");
    }

    private static void compare(List<FieldChange> changes, String field, NewEntry before, NewEntry after,
                                Function<NewEntry, String> value) {
        String was = before == null ? "" : value.apply(before);
        String is = value.apply(after);
        if (!Objects.equals(was, is)) {
            changes.add(new FieldChange(field, was, is));
        }
    }

    private static java.util.Set<String> union(Map<String, Figure> a, Map<String, Figure> b) {
        java.util.Set<String> codes = new java.util.HashSet<>(a.keySet());
        codes.addAll(b.keySet());
        return codes;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
