package com.riskdesk.security;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Who is signed in, for stamping changes; services use it instead of reading the UI's session. */
public final class CurrentStaff {

    private CurrentStaff() {
    }

    public static Optional<String> username() {
        return username(SecurityContextHolder.getContextHolderStrategy());
    }

    /** Who is signed in, as the given application context's security context holder says. */
    public static Optional<String> username(SecurityContextHolderStrategy security) {
        Authentication authentication = security.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }
}
