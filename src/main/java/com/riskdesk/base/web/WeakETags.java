package com.riskdesk.base.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Marks the API's and the embed's ETags weak ({@code W/"..."}) so that Tomcat may gzip those answers: it never
 * compresses a response with a strong ETag, since the gzipped bytes differ from the ones the tag promises.
 * Revalidation is unchanged: {@code If-None-Match} compares weakly. PNG images are not compressed and keep theirs.
 */
class WeakETags extends HeaderRewritingFilter {

    private static final String ETAG = "ETag";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().endsWith(".png");
    }

    @Override
    String rewrite(String name, String value) {
        return weak(name, value);
    }

    static String weak(String name, String value) {
        return ETAG.equalsIgnoreCase(name) && value != null && value.startsWith("\"") ? "W/" + value : value;
    }
}
