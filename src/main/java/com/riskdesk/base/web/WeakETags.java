package com.riskdesk.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Marks the API's and the embed's ETags weak ({@code W/"..."}) so that Tomcat may gzip those answers: it never
 * compresses a response with a strong ETag, since the gzipped bytes differ from the ones the tag promises.
 * Revalidation is unchanged: {@code If-None-Match} compares weakly. PNG images are not compressed and keep theirs.
 */
class WeakETags extends OncePerRequestFilter {

    private static final String ETAG = "ETag";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().endsWith(".png");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {

            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, weak(name, value));
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, weak(name, value));
            }
        });
    }

    static String weak(String name, String value) {
        return ETAG.equalsIgnoreCase(name) && value != null && value.startsWith("\"") ? "W/" + value : value;
    }
}
