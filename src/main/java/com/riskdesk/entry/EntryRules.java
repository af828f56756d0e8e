package com.riskdesk.entry;

import com.riskdesk.base.web.WebAddress;
import com.riskdesk.base.i18n.Message;
import com.riskdesk.monitor.Indicator;
import com.riskdesk.monitor.MonitorDetails;
import com.riskdesk.place.PlaceRules;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The rules an entry must meet before it is stored; shared by the service and, later, the form. */
public final class EntryRules {

    private EntryRules() {
    }

    public static Map<String, Message> problems(NewEntry entry, MonitorDetails monitor, LocalDate today) {
        Map<String, Message> problems = new LinkedHashMap<>();
        if (entry.kind() == null) {
            problems.put("kind", Message.of("entry.problem.kind"));
        } else if (monitor.kind(entry.kind().code()).isEmpty()) {
            problems.put("kind", Message.of("entry.problem.kind-unknown", entry.kind().code()));
        }
        if (entry.datePrecision() == null) {
            problems.put("datePrecision", Message.of("entry.problem.date-precision"));
        }
        if (entry.occurredOn() == null) {
            problems.put("occurredOn", Message.of("entry.problem.date-missing"));
        } else if (entry.occurredOn().isAfter(today)) {
            problems.put("occurredOn", Message.of("entry.problem.date-future"));
        } else if (entry.occurredOn().isBefore(monitor.startDate().withDayOfMonth(1))) {
            problems.put("occurredOn", Message.of("entry.problem.date-before-start", monitor.startDate().toString()));
        }
        requireText(problems, "headline", entry.headline(), NewEntry.HEADLINE_MAX);
        if (entry.notes() != null && entry.notes().length() > NewEntry.NOTES_MAX) {
            problems.put("notes", Message.of("entry.problem.too-long", NewEntry.NOTES_MAX));
        }
        if (entry.confidence() == null) {
            problems.put("confidence", Message.of("entry.problem.confidence"));
        }
        checkSource(problems, entry.source(), today);
        checkEscalation(problems, entry, monitor);
        problems.putAll(PlaceRules.problems(entry.place()));
        for (String code : entry.figures().keySet()) {
            if (monitor.indicators().stream().map(Indicator::code).noneMatch(code::equals)) {
                problems.put("figures", Message.of("entry.problem.unknown-indicator", code));
            }
        }
        return problems;
    }

    private static void checkEscalation(Map<String, Message> problems, NewEntry entry, MonitorDetails monitor) {
        Integer level = entry.escalationLevel();
        if (level != null && (level < 1 || level > monitor.ladder().size())) {
            problems.put("escalationLevel", Message.of("entry.problem.step-range", monitor.ladder().size()));
        } else if (level == null && EntryKind.ESCALATION_STEP.equals(entry.kind())) {
            problems.put("escalationLevel", Message.of("entry.problem.step-missing"));
        }
    }

    private static void checkSource(Map<String, Message> problems, Source source, LocalDate today) {
        if (source == null) {
            problems.put("source.outlet", Message.of("entry.problem.source-missing"));
            return;
        }
        requireText(problems, "source.outlet", source.outlet(), Source.OUTLET_MAX);
        requireText(problems, "source.title", source.title(), Source.TITLE_MAX);
        if (source.publishedOn() != null && source.publishedOn().isAfter(today)) {
            problems.put("source.publishedOn", Message.of("entry.problem.published-future"));
        }
        if (source.url() != null && !source.url().isBlank()
                && !WebAddress.isFollowable(source.url(), Source.URL_MAX)) {
            problems.put("source.url", Message.of("entry.problem.url"));
        }
    }


    private static void requireText(Map<String, Message> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.put(field, Message.of("entry.problem.required"));
        } else if (value.length() > max) {
            problems.put(field, Message.of("entry.problem.too-long", max));
        }
    }
}
