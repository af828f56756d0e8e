package com.riskdesk.assessment;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** Aggregate root: a judgement as it stood after one change, with who made the change, when and why. Never updated. */
@Table("trend_judgement_revision")
record JudgementRevision(
        @Id Long id,
        Long trendJudgementId,
        Long monitorId,
        int revision,
        JudgementAction action,
        Instant changedAt,
        String changedBy,
        String reason,
        @Embedded.Empty JudgementContent content,
        boolean retracted,
        @MappedCollection(idColumn = "trend_judgement_revision_id", keyColumn = "position") List<Source> sources) {

    JudgementRevision {
        sources = List.copyOf(sources);
    }

    /** A source row of one revision. */
    @Table("trend_judgement_revision_source")
    record Source(String name, String url) {
    }

    static JudgementRevision of(TrendJudgement judgement, int revision, JudgementAction action, Instant at, String by,
                                String reason) {
        return new JudgementRevision(null, judgement.id(), judgement.monitorId(), revision, action, at, by, reason,
                judgement.content(), judgement.isRetracted(),
                judgement.sources().stream().map(s -> new Source(s.name(), s.url())).toList());
    }

    NewJudgement judgement() {
        return content.with(monitorId, sources.stream().map(s -> new JudgementSource(s.name(), s.url())).toList());
    }
}
