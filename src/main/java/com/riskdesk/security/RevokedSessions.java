package com.riskdesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session at its first request after its access was revoked ({@link StaffSessions#stillValid}):
 * the session is invalidated and the request goes on as anonymous, so a staff page sends it to sign in and a
 * Vaadin round trip finds its session expired. Runs in the security filter chain right after the security context
 * is loaded, before anything authorises the request.
 */
final class RevokedSessions extends OncePerRequestFilter {

    private final StaffSessions sessions;
    private final ClientAddress clients;
    private final SecurityContextHolderStrategy security;

    RevokedSessions(StaffSessions sessions, ClientAddress clients, SecurityContextHolderStrategy security) {
        this.sessions = sessions;
        this.clients = clients;
        this.security = security;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = security.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
            HttpSession session = request.getSession(false);
            if (!sessions.stillValid(principal)) {
                if (session != null) {
                    session.invalidate();
                }
                security.clearContext();
            } else if (session != null) {
                sessions.seen(session.getId(), principal, clients.of(request));
            }
        }
        chain.doFilter(request, response);
    }
}
