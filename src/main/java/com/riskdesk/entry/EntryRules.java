package com.riskdesk.entry;

import com.riskdesk.monitor.Indicator;
import com.riskdesk.monitor.MonitorDetails;
import com.riskdesk.place.PlaceRules;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The rules an entry must meet before it is stored; shared by the service and, later, the form. */
public final class EntryRules {

    private EntryRules() {
    }

    public static Map<String, String> problems(NewEntry entry, MonitorDetails monitor, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (entry.kind() == null) {
            problems.put("kind", "Choose what kind of entry this is");
        } else if (monitor.kind(entry.kind().code()).isEmpty()) {
            problems.put("kind", "This monitor has no kind of entry '" + entry.kind().code() + "'");
        }
        if (entry.datePrecision() == null) {
            problems.put("datePrecision", "Say how precisely the date is known");
        }
        if (entry.occurredOn() == null) {
            problems.put("occurredOn", "Enter when it happened");
        } else if (entry.occurredOn().isAfter(today)) {
            problems.put("occurredOn", "The date cannot be in the future");
        } else if (entry.occurredOn().isBefore(monitor.startDate().withDayOfMonth(1))) {
            problems.put("occurredOn", "The date is before this monitor starts (" + monitor.startDate() + ")");
        }
        requireText(problems, "headline", entry.headline(), NewEntry.HEADLINE_MAX);
        if (entry.notes() != null && entry.notes().length() > NewEntry.NOTES_MAX) {
            problems.put("notes", "At most " + NewEntry.NOTES_MAX + " characters");
        }
        if (entry.confidence() == null) {
            problems.put("confidence", "Choose how well this is established");
        }
        checkSource(problems, entry.source(), today);
        checkEscalation(problems, entry, monitor);
        problems.putAll(PlaceRules.problems(entry.place()));
        for (String code : entry.figures().keySet()) {
            if (monitor.indicators().stream().map(Indicator::code).noneMatch(code::equals)) {
                problems.put("figures", "This monitor has no indicator '" + code + "'");
            }
        }
        return problems;
    }

    private static void checkEscalation(Map<String, String> problems, NewEntry entry, MonitorDetails monitor) {
        Integer level = entry.escalationLevel();
        if (level != null && (level < 1 || level > monitor.ladder().size())) {
            problems.put("escalationLevel", "Choose a step between 1 and " + monitor.ladder().size());
        } else if (level == null && EntryKind.ESCALATION_STEP.equals(entry.kind())) {
            problems.put("escalationLevel", "An escalation step entry needs the step it marks");
        }
    }

    private static void checkSource(Map<String, String> problems, Source source, LocalDate today) {
        if (source == null) {
            problems.put("source.outlet", "Enter the source");
            return;
        }
        requireText(problems, "source.outlet", source.outlet(), Source.OUTLET_MAX);
        requireText(problems, "source.title", source.title(), Source.TITLE_MAX);
        if (source.publishedOn() != null && source.publishedOn().isAfter(today)) {
            problems.put("source.publishedOn", "The publication date cannot be in the future");
        }
        if (source.url() != null && !source.url().isBlank() && !isWebUrl(source.url())) {
            problems.put("source.url", "Use a full http:// or https:// address");
        }
    }

    static boolean isWebUrl(String url) {
        if (url.length() > Source.URL_MAX) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void requireText(Map<String, String> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.put(field, "Required");
        } else if (value.length() > max) {
            problems.put(field, "At most " + max + " characters");
        }
    }
}
