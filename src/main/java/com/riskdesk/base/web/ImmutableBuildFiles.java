package com.riskdesk.base.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;

/**
 * Lets browsers keep Vaadin's content-hashed build files ({@code /VAADIN/build/indexhtml-Btcee3cn.js}) for a year
 * without asking again: a new build gives them new names. Vaadin's static file server sends {@code max-age=3600}
 * for them (it only knows {@code .cache.} names and {@code ?v-c=} as hashed); where it sends a max-age, this
 * upgrades it. Where Vaadin sends {@code no-cache} (development mode) or nothing (not found), nothing changes.
 */
class ImmutableBuildFiles extends HeaderRewritingFilter {

    static final String CACHE_CONTROL = "Cache-Control";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** Vite's file names: name, '-', an 8-character base64url content hash, extension. */
    private static final Pattern HASHED = Pattern.compile("/VAADIN/build/[^/]+-[A-Za-z0-9_-]{8}\\.[a-z0-9]+");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !HASHED.matcher(path).matches();
    }

    @Override
    String rewrite(String name, String value) {
        return upgraded(name, value);
    }

    static String upgraded(String name, String value) {
        return CACHE_CONTROL.equalsIgnoreCase(name) && value != null && value.startsWith("max-age=") ? IMMUTABLE
                : value;
    }
}
