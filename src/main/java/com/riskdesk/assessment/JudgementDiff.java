package com.riskdesk.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** What a correction changed, field by field, as "Trend: Unchanged → Deteriorated". */
final class JudgementDiff {

    private JudgementDiff() {
    }

    static List<String> between(NewJudgement before, NewJudgement after) {
        List<String> changes = new ArrayList<>();
        compare(changes, "Period", before, after, j -> j.period().describe());
        compare(changes, "Trend", before, after, j -> j.trend() == null ? null : j.trend().label());
        compare(changes, "Risk alert", before, after, j -> j.alert() ? j.alertText() : null);
        compare(changes, "Narrative", before, after, NewJudgement::narrative);
        compare(changes, "Sources", before, after, j -> String.join("; ", j.sources().stream()
                .map(JudgementSource::describe).toList()));
        return changes;
    }

    private static void compare(List<String> changes, String field, NewJudgement before, NewJudgement after,
                                Function<NewJudgement, String> value) {
        String was = value.apply(before);
        String now = value.apply(after);
        if (!Objects.equals(was, now)) {
            changes.add(field + ": " + orNone(was) + " → " + orNone(now));
        }
    }

    private static String orNone(String value) {
        return value == null || value.isEmpty() ? "(none)" : value;
    }
}
