package com.riskdesk.entry.imports;

import com.riskdesk.entry.NewEntry;

/**
 * One row of an import as the dry run reads it: the entry it holds and, when it matches an entry already recorded,
 * that entry's id (the row is then left as it is: importing it again adds nothing).
 */
public record PlannedRow(int line, NewEntry entry, Long matchedEntryId) {

    public boolean adds() {
        return matchedEntryId == null;
    }
}
