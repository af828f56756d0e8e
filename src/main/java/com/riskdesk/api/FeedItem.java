package com.riskdesk.api;

import com.riskdesk.assessment.JudgementSource;
import com.riskdesk.assessment.PublishedJudgement;
import com.riskdesk.dashboard.EntryLine;
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

    static FeedItem ofEntry(EntryLine line, String feedId, ApiLinks links, String slug, ExportWords words) {
        List<String> parts = new ArrayList<>();
        parts.add(capitalise(words.date(line.occurredOn(), line.precision())) + ".");
        if (!line.figures().isEmpty()) {
            parts.add(words.text("feed.figures", String.join("; ", line.figures().stream()
                    .map(figure -> figure.indicatorName() + " " + words.figure(figure))
                    .toList())));
        }
        parts.add(describe(line.source(), words));
        if (line.confidence() != null) {
            parts.add(words.text("feed.confidence", words.confidence(line.confidence())));
        }
        if (line.notes() != null && !line.notes().isBlank()) {
            parts.add(words.text("feed.notes", line.notes().strip()));
        }
        return new FeedItem(feedId + "/entries/" + line.id(), line.headline(), line.recordedAt(),
                String.join(" ", parts), line.kind().name(), line.kindLabel(),
                words.link(links.dashboardEntry(slug, line.id())));
    }

    static FeedItem ofCorrection(Revision revision, String feedId, ApiLinks links, String slug, ExportWords words) {
        boolean retracted = revision.action() == RevisionAction.RETRACTED;
        List<String> parts = new ArrayList<>();
        parts.add(words.text(retracted ? "feed.retracted" : "feed.corrected"));
        if (revision.reason() != null && !revision.reason().isBlank()) {
            parts.add(words.text("feed.reason", revision.reason().strip()));
        }
        for (FieldChange change : revision.changes()) {
            parts.add(words.text(change.describe()) + ".");
        }
        return new FeedItem(feedId + "/entries/" + revision.entryId() + "/revisions/" + revision.number(),
                words.text(retracted ? "feed.retracted-title" : "feed.corrected-title", revision.headline()),
                revision.changedAt(), String.join(" ", parts), revision.action().name(),
                words.action(revision.action()),
                words.link(retracted ? links.dashboard(slug) : links.dashboardEntry(slug, revision.entryId())));
    }

    /** A judgement as it stands; a correction updates the same item (same id, later {@code updated}). */
    static FeedItem ofJudgement(PublishedJudgement judgement, String feedId, ApiLinks links, String slug,
                                ExportWords words) {
        String period = words.period(judgement.period());
        String trend = words.trend(judgement.trend());
        List<String> parts = new ArrayList<>();
        parts.add(words.text("feed.judgement", period, trend));
        if (judgement.alert()) {
            parts.add(words.text("feed.risk-alert", judgement.alertText()));
        }
        parts.add(judgement.narrative());
        parts.add(words.text("feed.sources", String.join("; ", judgement.sources().stream()
                .map(JudgementSource::describe).toList())));
        if (judgement.corrected() && judgement.correctionReason() != null) {
            parts.add(words.text("feed.judgement-corrected", judgement.correctionReason()));
        }
        return new FeedItem(feedId + "/judgements/" + judgement.id(),
                words.text(judgement.alert() ? "feed.judgement-title-alert" : "feed.judgement-title", period, trend),
                judgement.changedAt(), String.join(" ", parts), "JUDGEMENT", words.text("feed.judgement-category"),
                words.link(links.dashboard(slug)));
    }

    private static String describe(Source source, ExportWords words) {
        if (source == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(source.outlet());
        if (source.title() != null && !source.title().isBlank()) {
            text.append(", “").append(source.title()).append('”');
        }
        if (source.publishedOn() != null) {
            text.append(", ").append(words.text("feed.published", words.day(source.publishedOn())));
        }
        if (source.url() != null && !source.url().isBlank()) {
            text.append(", ").append(source.url());
        }
        return words.text("feed.source", text.toString());
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
