package com.riskdesk.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** A filter that rewrites response headers as whatever answers the request sets them. */
abstract class HeaderRewritingFilter extends OncePerRequestFilter {

    /** The value to send for header {@code name} when the answer sets {@code value}. */
    abstract String rewrite(String name, String value);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {

            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, rewrite(name, value));
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, rewrite(name, value));
            }
        });
    }
}
