package com.riskdesk.security;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Aggregate root: a staff member who can sign in. {@code sessionGeneration} rises whenever the account's existing
 * sessions must end (see {@link StaffSessions}).
 */
@Table("staff_account")
record StaffAccount(@Id Long id, String username, String displayName, String passwordHash, StaffRole role,
                    boolean enabled, Instant createdAt, int sessionGeneration, @Version Integer version) {

    StaffAccount withPasswordHash(String hash) {
        return new StaffAccount(id, username, displayName, hash, role, enabled, createdAt, sessionGeneration, version)
                .endingSessions();
    }

    StaffAccount withRole(StaffRole newRole) {
        return new StaffAccount(id, username, displayName, passwordHash, newRole, enabled, createdAt,
                sessionGeneration, version).endingSessions();
    }

    StaffAccount withEnabled(boolean isEnabled) {
        StaffAccount changed = new StaffAccount(id, username, displayName, passwordHash, role, isEnabled, createdAt,
                sessionGeneration, version);
        return isEnabled ? changed : changed.endingSessions();
    }

    /** The same account with every session signed in until now ended. */
    StaffAccount endingSessions() {
        return new StaffAccount(id, username, displayName, passwordHash, role, enabled, createdAt,
                sessionGeneration + 1, version);
    }
}
