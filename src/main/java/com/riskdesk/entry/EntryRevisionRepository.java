package com.riskdesk.entry;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface EntryRevisionRepository extends ListCrudRepository<EntryRevision, Long> {

    List<EntryRevision> findByEntryIdOrderByRevisionAsc(long entryId);

    /** Entries of a monitor that were corrected or retracted, most recently changed first. */
    @Query("""
            select entry_id from entry_revision
            where monitor_id = :monitorId and action <> 'RECORDED'
            group by entry_id
            order by max(changed_at) desc
            limit :limit
            """)
    List<Long> correctedEntries(long monitorId, int limit);
}
