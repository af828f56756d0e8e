package com.riskdesk.security;

import java.time.Instant;

/**
 * One line of the security audit: when, what, which account (or the user name tried), who did it (for account
 * changes), from which address (for sign-ins), and a short detail.
 */
public record SecurityEvent(Instant occurredAt, SecurityEventKind kind, String username, String actor,
                            String address, String detail) {
}
