package com.riskdesk.security;

/**
 * Published once the sessions of staff member {@code username} have ended: their account was disabled, its role
 * changed or its password reset, or an admin signed them out everywhere. Open screens of that member close.
 */
public record StaffAccessRevoked(String username) {
}
