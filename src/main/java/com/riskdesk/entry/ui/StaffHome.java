package com.riskdesk.entry.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /admin}, the staff home, is the entries screen: a plain redirect, so the address bar shows where staff are
 * (a Vaadin forward would leave {@code /admin} there) and sign-in can send staff to {@code /admin} as their home.
 * Runs before Spring Security, which refuses addresses that are no Vaadin route; the entries screen then asks for
 * sign-in as usual.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class StaffHome extends OncePerRequestFilter {

    static final String PATH = "/admin";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"GET".equals(request.getMethod()) || !(path.equals(PATH) || path.equals(PATH + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        response.sendRedirect(request.getContextPath() + PATH + "/entries" + (query == null ? "" : "?" + query));
    }
}
