package com.riskdesk.security;

import java.time.Instant;

/**
 * A staff member's session as admins see it: a short reference (not the session id itself), the address it came
 * from, when this server first and last saw it signed in.
 */
public record ActiveSession(String reference, String address, Instant firstSeen, Instant lastSeen) {
}
