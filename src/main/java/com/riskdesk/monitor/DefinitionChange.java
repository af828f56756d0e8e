package com.riskdesk.monitor;

import java.time.Instant;
import java.util.List;

/** A change to a monitor's definition as the edit screen lists it: when, by whom, and each thing changed. */
public record DefinitionChange(Instant at, String by, List<String> changes) {

    static DefinitionChange of(MonitorRevision revision) {
        return new DefinitionChange(revision.changedAt(), revision.changedBy(),
                List.of(revision.changes().split("\n")));
    }
}
