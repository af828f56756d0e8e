package com.riskdesk.entry;

import com.riskdesk.base.i18n.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Which fields differ between two states of an entry, as messages a reader can follow in their language
 * ({@code entry.change.*}): a field is one line here and its name in the bundles.
 */
public final class EntryDiff {

    private static final String PREFIX = "entry.change.";

    private EntryDiff() {
    }

    /** The changes from {@code before} to {@code after}; a null {@code before} (a new entry) lists every field set. */
    public static List<FieldChange> between(NewEntry before, NewEntry after) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "kind", before, after, entry -> typed(entry.kind().codeInWords()));
        compare(changes, "date", before, after, entry -> date(entry.datePrecision(), entry.occurredOn()));
        compare(changes, "escalation-step", before, after, entry -> entry.escalationLevel() == null ? null
                : Message.of(PREFIX + "step", entry.escalationLevel()));
        compare(changes, "headline", before, after, entry -> typed(entry.headline()));
        compare(changes, "source-outlet", before, after, entry -> typed(entry.source().outlet()));
        compare(changes, "source-title", before, after, entry -> typed(entry.source().title()));
        compare(changes, "source-url", before, after, entry -> typed(entry.source().url()));
        compare(changes, "source-published", before, after, entry -> entry.source().publishedOn() == null ? null
                : date(DatePrecision.DAY, entry.source().publishedOn()));
        compare(changes, "confidence", before, after,
                entry -> Message.of("label.confidence." + entry.confidence().name()));
        compare(changes, "notes", before, after, entry -> typed(entry.notes()));
        compare(changes, "place", before, after, entry -> entry.place() == null ? null : entry.place().description());
        Map<String, Figure> figuresBefore = before == null ? Map.of() : before.figures();
        for (String code : new TreeSet<>(union(figuresBefore, after.figures()))) {
            Message was = describe(figuresBefore.get(code));
            Message is = describe(after.figures().get(code));
            if (!Objects.equals(was, is)) {
                changes.add(new FieldChange(Message.of(PREFIX + "field.figure", code), was, is));
            }
        }
        return changes;
    }

    /** "at least 83 (running total)", "80–85 (this event)", "2 (this event)"; null for no figure. */
    static Message describe(Figure figure) {
        if (figure == null) {
            return null;
        }
        Message value = figure.qualifier() == Qualifier.RANGE
                ? Message.of(PREFIX + "figure.RANGE", figure.low(), figure.high())
                : Message.of(PREFIX + "figure." + figure.qualifier().name(), figure.low());
        return Message.of(PREFIX + "figure", value, Message.of("export.figure." + figure.basis().name()));
    }

    /** "29 Nov 2025", "November 2025", "on or before 30 Nov 2025", with the language's month names. */
    private static Message date(DatePrecision precision, java.time.LocalDate date) {
        return Message.of(PREFIX + "date." + precision.name(), date);
    }

    /** What staff typed, shown as typed; nothing typed is an empty side. */
    private static Message typed(String text) {
        return text == null || text.isEmpty() ? null : Message.verbatim(text);
    }

    private static void compare(List<FieldChange> changes, String field, NewEntry before, NewEntry after,
                                Function<NewEntry, Message> value) {
        Message was = before == null ? null : value.apply(before);
        Message is = value.apply(after);
        if (!Objects.equals(was, is)) {
            changes.add(new FieldChange(Message.of(PREFIX + "field." + field), was, is));
        }
    }

    private static java.util.Set<String> union(Map<String, Figure> a, Map<String, Figure> b) {
        java.util.Set<String> codes = new java.util.HashSet<>(a.keySet());
        codes.addAll(b.keySet());
        return codes;
    }
}
