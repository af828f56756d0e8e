package com.riskdesk.security;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** Aggregate root: a staff member who can sign in. */
@Table("staff_account")
record StaffAccount(@Id Long id, String username, String displayName, String passwordHash, StaffRole role,
                    boolean enabled, Instant createdAt, @Version Integer version) {

    StaffAccount withPasswordHash(String hash) {
        return new StaffAccount(id, username, displayName, hash, role, enabled, createdAt, version);
    }

    StaffAccount withRole(StaffRole newRole) {
        return new StaffAccount(id, username, displayName, passwordHash, newRole, enabled, createdAt, version);
    }

    StaffAccount withEnabled(boolean isEnabled) {
        return new StaffAccount(id, username, displayName, passwordHash, role, isEnabled, createdAt, version);
    }
}
