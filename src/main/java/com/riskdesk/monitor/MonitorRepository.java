package com.riskdesk.monitor;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface MonitorRepository extends ListCrudRepository<Monitor, Long> {

    Optional<Monitor> findBySlug(String slug);

    List<Monitor> findAllByOrderByNameAsc();

    /**
     * Indicator codes that entries of a monitor carry figures for, now or in any earlier revision (retracted
     * entries included): the history must stay readable, so these indicators have to stay.
     */
    @Query("""
            select f.indicator_code from entry_figure f join entry e on e.id = f.entry_id
            where e.monitor_id = :monitorId
            union
            select rf.indicator_code from entry_revision_figure rf
            join entry_revision r on r.id = rf.entry_revision_id
            where r.monitor_id = :monitorId
            """)
    List<String> indicatorCodesInUse(long monitorId);

    /** Escalation levels (1-based ladder positions) that entries of a monitor refer to, now or in any revision. */
    @Query("""
            select escalation_level from entry where monitor_id = :monitorId and escalation_level is not null
            union
            select escalation_level from entry_revision
            where monitor_id = :monitorId and escalation_level is not null
            order by 1
            """)
    List<Integer> escalationLevelsInUse(long monitorId);

    /** Kind codes that entries of a monitor carry, now, in any revision or in a draft: these kinds have to stay. */
    @Query("""
            select kind from entry where monitor_id = :monitorId
            union
            select kind from entry_revision where monitor_id = :monitorId
            union
            select kind from entry_draft where monitor_id = :monitorId
            """)
    List<String> kindsInUse(long monitorId);
}
