package com.riskdesk.security;

import java.time.Instant;

/** A staff account as the admin screens show it; never carries the password hash. */
public record StaffMember(long id, String username, String displayName, StaffRole role, boolean enabled,
                          Instant createdAt) {

    static StaffMember of(StaffAccount account) {
        return new StaffMember(account.id(), account.username(), account.displayName(), account.role(),
                account.enabled(), account.createdAt());
    }
}
