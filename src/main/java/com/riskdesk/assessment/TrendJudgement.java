package com.riskdesk.assessment;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** Aggregate root: a trend judgement as it stands now. Every state it had is a {@link JudgementRevision}. */
@Table("trend_judgement")
record TrendJudgement(
        @Id Long id,
        Long monitorId,
        @Embedded.Empty JudgementContent content,
        @MappedCollection(idColumn = "trend_judgement_id", keyColumn = "position") List<Source> sources,
        Instant recordedAt,
        String recordedBy,
        Instant retractedAt,
        String retractionReason,
        @Version Integer version) {

    TrendJudgement {
        sources = List.copyOf(sources);
    }

    /** A source row of the current judgement. */
    @Table("trend_judgement_source")
    record Source(String name, String url) {
    }

    static TrendJudgement record(NewJudgement judgement, Instant at, String by) {
        return new TrendJudgement(null, judgement.monitorId(), JudgementContent.of(judgement),
                sources(judgement), at, by, null, null, null);
    }

    TrendJudgement corrected(NewJudgement judgement) {
        return new TrendJudgement(id, monitorId, JudgementContent.of(judgement), sources(judgement), recordedAt,
                recordedBy, retractedAt, retractionReason, version);
    }

    TrendJudgement retracted(Instant at, String reason) {
        return new TrendJudgement(id, monitorId, content, sources, recordedAt, recordedBy, at, reason, version);
    }

    boolean isRetracted() {
        return retractedAt != null;
    }

    NewJudgement judgement() {
        return content.with(monitorId, sources.stream().map(s -> new JudgementSource(s.name(), s.url())).toList());
    }

    private static List<Source> sources(NewJudgement judgement) {
        return judgement.sources().stream().map(s -> new Source(s.name(), s.url())).toList();
    }
}
