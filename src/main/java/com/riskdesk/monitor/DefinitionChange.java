package com.riskdesk.monitor;

import com.riskdesk.base.i18n.Message;
import java.time.Instant;
import java.util.List;

/**
 * A change to a monitor's definition as the edit screen lists it: when, by whom, and each thing changed, as messages
 * the screen puts in its reader's language (lines kept before then read as they were written).
 */
public record DefinitionChange(Instant at, String by, List<Message> changes) {

    static DefinitionChange of(MonitorRevision revision) {
        return new DefinitionChange(revision.changedAt(), revision.changedBy(), StoredChanges.read(revision.changes()));
    }
}
