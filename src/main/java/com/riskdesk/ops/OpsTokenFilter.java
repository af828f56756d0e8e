package com.riskdesk.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <app.ops.token>} signs a request in as the operator (authority {@value #AUTHORITY})
 * for that request only: no session, nothing remembered. Any other header leaves the request anonymous.
 */
final class OpsTokenFilter extends OncePerRequestFilter {

    static final String AUTHORITY = "OPS";
    private static final String BEARER = "Bearer ";

    private final byte[] token;

    OpsTokenFilter(OpsProperties properties) {
        this.token = properties.hasToken() ? properties.token().getBytes(StandardCharsets.UTF_8) : null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (token != null && header != null && header.startsWith(BEARER)
                && MessageDigest.isEqual(token, header.substring(BEARER.length()).getBytes(StandardCharsets.UTF_8))) {
            SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                    "ops-token", null, AuthorityUtils.createAuthorityList(AUTHORITY))));
        }
        chain.doFilter(request, response);
    }
}
