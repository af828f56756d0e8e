package com.riskdesk.assessment;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface TrendJudgementRepository extends ListCrudRepository<TrendJudgement, Long> {

    List<TrendJudgement> findByMonitorId(long monitorId);
}
