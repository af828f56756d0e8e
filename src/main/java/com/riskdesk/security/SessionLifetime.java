package com.riskdesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How long an idle session lives: staff keep the configured timeout ({@code server.servlet.session.timeout}); an
 * anonymous viewer's session ends a few minutes after its last request. An open dashboard sends a heartbeat every
 * minute ({@code vaadin.heartbeatInterval}), so only sessions whose windows are gone expire: a viral link's viewers
 * do not hold memory for half an hour after they left.
 */
@Component
class SessionLifetime extends OncePerRequestFilter {

    private final int staffSeconds;
    private final int anonymousSeconds;

    SessionLifetime(@Value("${server.servlet.session.timeout:30m}") Duration staff,
                    @Value("${app.anonymous-session-timeout:5m}") Duration anonymous) {
        this.staffSeconds = (int) staff.toSeconds();
        this.anonymousSeconds = (int) anonymous.toSeconds();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            HttpSession session = request.getSession(false);
            if (session != null) {
                try {
                    boolean staff = session.getAttribute(
                            HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
                    session.setMaxInactiveInterval(staff ? staffSeconds : anonymousSeconds);
                } catch (IllegalStateException invalidated) {
                    // Signed out or ended during the request: nothing to keep alive.
                }
            }
        }
    }
}
