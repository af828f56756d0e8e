package com.riskdesk.api;

import com.riskdesk.assessment.JudgementSource;
import com.riskdesk.assessment.PublishedJudgement;
import com.riskdesk.dashboard.EntryLine;
import com.riskdesk.entry.DatePrecision;
import com.riskdesk.entry.FieldChange;
import com.riskdesk.entry.Revision;
import com.riskdesk.entry.RevisionAction;
import com.riskdesk.entry.Source;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One Atom entry: a recorded entry, a correction or retraction of one, or a trend judgement. {@code link} is where a reader sees it: the
 * dashboard with the entry selected ({@code entry=}), or the dashboard itself for a retraction (the entry no longer
 * shows there; the corrections log does) or a trend judgement (the dashboard's timeline shows it).
 */
record FeedItem(String id, String title, Instant updated, String summary, String category, String categoryLabel,
                String link) {

    static FeedItem ofEntry(EntryLine line, String feedId, ApiLinks links, String slug) {
        List<String> parts = new ArrayList<>();
        parts.add(capitalise(line.describeDate()) + ".");
        if (!line.figures().isEmpty()) {
            parts.add("Figures: " + String.join("; ", line.figures().stream()
                    .map(figure -> figure.indicatorName() + " " + EntryCsv.describe(figure))
                    .toList()) + ".");
        }
        parts.add(describe(line.source()));
        if (line.confidence() != null) {
            parts.add("Confidence: " + line.confidence().label() + ".");
        }
        if (line.notes() != null && !line.notes().isBlank()) {
            parts.add("Notes: " + line.notes().strip());
        }
        return new FeedItem(feedId + "/entries/" + line.id(), line.headline(), line.recordedAt(),
                String.join(" ", parts), line.kind().name(), line.kindLabel(), links.dashboardEntry(slug, line.id()));
    }

    static FeedItem ofCorrection(Revision revision, String feedId, ApiLinks links, String slug) {
        boolean retracted = revision.action() == RevisionAction.RETRACTED;
        List<String> parts = new ArrayList<>();
        parts.add(retracted ? "The entry was retracted and no longer counts in the figures."
                : "The entry was corrected.");
        if (revision.reason() != null && !revision.reason().isBlank()) {
            parts.add("Reason: " + revision.reason().strip());
        }
        for (FieldChange change : revision.changes()) {
            parts.add(change.describe() + ".");
        }
        return new FeedItem(feedId + "/entries/" + revision.entryId() + "/revisions/" + revision.number(),
                (retracted ? "Retracted: " : "Corrected: ") + revision.headline(), revision.changedAt(),
                String.join(" ", parts), revision.action().name(), revision.action().label(),
                retracted ? links.dashboard(slug) : links.dashboardEntry(slug, revision.entryId()));
    }

    /** A judgement as it stands; a correction updates the same item (same id, later {@code updated}). */
    static FeedItem ofJudgement(PublishedJudgement judgement, String feedId, ApiLinks links, String slug) {
        List<String> parts = new ArrayList<>();
        parts.add("Trend judgement for " + judgement.period().describe() + ": " + judgement.trend().label() + ".");
        if (judgement.alert()) {
            parts.add("Risk alert: " + judgement.alertText() + ".");
        }
        parts.add(judgement.narrative());
        parts.add("Sources: " + String.join("; ", judgement.sources().stream()
                .map(JudgementSource::describe).toList()) + ".");
        if (judgement.corrected() && judgement.correctionReason() != null) {
            parts.add("Corrected: " + judgement.correctionReason());
        }
        return new FeedItem(feedId + "/judgements/" + judgement.id(),
                "Trend " + judgement.period().describe() + ": " + judgement.trend().label()
                        + (judgement.alert() ? " (risk alert)" : ""),
                judgement.changedAt(), String.join(" ", parts), "JUDGEMENT", "Trend judgement", links.dashboard(slug));
    }

    private static String describe(Source source) {
        if (source == null) {
            return "";
        }
        StringBuilder text = new StringBuilder("Source: ").append(source.outlet());
        if (source.title() != null && !source.title().isBlank()) {
            text.append(", “").append(source.title()).append('”');
        }
        if (source.publishedOn() != null) {
            text.append(", published ").append(DatePrecision.formatDay(source.publishedOn()));
        }
        if (source.url() != null && !source.url().isBlank()) {
            text.append(", ").append(source.url());
        }
        return text.append('.').toString();
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
