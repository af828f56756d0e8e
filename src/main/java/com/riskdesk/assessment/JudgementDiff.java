package com.riskdesk.assessment;

import com.riskdesk.base.i18n.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a correction changed, field by field, as "Trend: Unchanged → Deteriorated" in the reader's language
 * ({@code judgement.change.*}); what staff typed stays as typed.
 */
final class JudgementDiff {

    private static final String PREFIX = "judgement.change.";

    private JudgementDiff() {
    }

    static List<Message> between(NewJudgement before, NewJudgement after) {
        List<Message> changes = new ArrayList<>();
        compare(changes, "period", before, after, j -> period(j.period()));
        compare(changes, "trend", before, after, j -> j.trend() == null ? null
                : Message.of("label.trend." + j.trend().name()));
        compare(changes, "alert", before, after, j -> j.alert() ? typed(j.alertText()) : null);
        compare(changes, "narrative", before, after, j -> typed(j.narrative()));
        compare(changes, "sources", before, after, j -> typed(String.join("; ", j.sources().stream()
                .map(JudgementSource::describe).toList())));
        return changes;
    }

    /** "November 2025", or "3 Nov 2025 – 20 Nov 2025" for a custom period, with the language's month names. */
    private static Message period(JudgementPeriod period) {
        if (period == null || period.from() == null || period.to() == null) {
            return null;
        }
        return period.isMonth() ? Message.of(PREFIX + "month", period.from())
                : Message.of(PREFIX + "days", period.from(), period.to());
    }

    private static Message typed(String text) {
        return text == null || text.isEmpty() ? null : Message.verbatim(text);
    }

    private static void compare(List<Message> changes, String field, NewJudgement before, NewJudgement after,
                                Function<NewJudgement, Message> value) {
        Message was = value.apply(before);
        Message now = value.apply(after);
        if (!Objects.equals(was, now)) {
            changes.add(Message.change(Message.of(PREFIX + "field." + field), was, now));
        }
    }
}
