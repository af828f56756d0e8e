package com.riskdesk.security;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in against the staff accounts, refused while {@link LoginThrottle} says to wait. Each attempt that
 * reaches the password check is audited ({@link SecurityAudit}); attempts refused by the throttle are not, so a
 * flood of them cannot fill the audit.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final SecurityAudit audit;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle, SecurityAudit audit) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String client = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        Duration wait = throttle.waitBeforeNextAttempt(username, client);
        if (!wait.isZero()) {
            throw new LockedException("Too many failed sign-ins; try again in " + wait.toSeconds() + " s");
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(username, client);
            audit.signIn(username, client, true);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(username, client);
            audit.signIn(username, client, false);
            throw e;
        } catch (AuthenticationException refused) {
            audit.signIn(username, client, false);
            throw refused;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
