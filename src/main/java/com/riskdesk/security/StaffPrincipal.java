package com.riskdesk.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A signed-in staff member as the session holds them: with the account's session generation at sign-in, so a
 * session that outlived a change of role, a disabling or a password reset can be told apart ({@link StaffSessions}).
 * Equal by user name, like {@link User}.
 */
final class StaffPrincipal extends User {

    private final int sessionGeneration;

    StaffPrincipal(String username, String password, boolean enabled, Collection<? extends GrantedAuthority> roles,
                   int sessionGeneration) {
        super(username, password, enabled, true, true, true, roles);
        this.sessionGeneration = sessionGeneration;
    }

    int sessionGeneration() {
        return sessionGeneration;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
