package com.riskdesk.assessment;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface JudgementRevisionRepository extends ListCrudRepository<JudgementRevision, Long> {

    List<JudgementRevision> findByTrendJudgementIdOrderByRevisionAsc(long trendJudgementId);
}
