package com.riskdesk.security;

import com.riskdesk.base.web.EmbedHeight;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.time.Duration;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of every answer, written before anything else touches the response. Spring Security writes
 * its headers lazily, when the response commits; but Vaadin's pages are forwarded to the Vaadin servlet, and Tomcat
 * commits a small forwarded response without Spring Security noticing, so those headers never arrive.
 * <ul>
 * <li>Content-Security-Policy: scripts only from this site and inline ones carrying this response's
 * {@link ScriptNonce} (Vaadin's bootstrap scripts get it from {@code ScriptNonces}). {@code 'unsafe-eval'} stays
 * because Vaadin Flow runs the server's {@code executeJs} calls through {@code new Function}; styles keep
 * {@code 'unsafe-inline'} because the web components and the server-written pages set inline styles.
 * No page may be framed ({@code frame-ancestors 'none'}, {@code X-Frame-Options: DENY}) except the embeddable tiles
 * under /embed, which any site may frame.</li>
 * <li>{@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: strict-origin-when-cross-origin}, a
 * Permissions-Policy that switches off what the app never uses, HSTS on HTTPS answers.</li>
 * <li>{@code Cache-Control: no-store} on staff pages (/admin, /login), whatever else sets it later. Public answers
 * keep their own caching (the API, the embed and the server-written dashboard are cacheable).</li>
 * </ul>
 */
final class SecurityHeaders extends OncePerRequestFilter {

    static final String CSP = "Content-Security-Policy";
    static final String FRAME_OPTIONS = "X-Frame-Options";
    static final String CACHE_CONTROL = "Cache-Control";
    static final String NO_STORE = "no-store";
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), midi=(), display-capture=()";
    /** The embed runs one fixed script, allowed by its hash: it tells a framing page its height (EmbedHeight). */
    static final String EMBED_POLICY = "default-src 'self'; script-src " + EmbedHeight.CSP_SOURCE
            + "; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors *";
    private static final String PAGE_POLICY = "default-src 'self'; script-src 'self' 'nonce-%s' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static final RequestMatcher EMBED = PathPatternRequestMatcher.withDefaults().matcher("/embed/**");
    private static final RequestMatcher STAFF_PAGES = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/admin"),
            PathPatternRequestMatcher.withDefaults().matcher("/admin/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/login"),
            PathPatternRequestMatcher.withDefaults().matcher("/logout"));
    private static final HstsHeaderWriter HSTS = new HstsHeaderWriter(Duration.ofDays(365).toSeconds(), true);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean embed = EMBED.matches(request);
        boolean staff = STAFF_PAGES.matches(request);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS);
        HSTS.writeHeaders(request, response);
        if (embed) {
            response.setHeader(CSP, EMBED_POLICY);
        } else {
            response.setHeader(CSP, PAGE_POLICY.formatted(ScriptNonce.create(request)));
            response.setHeader(FRAME_OPTIONS, "DENY");
        }
        if (staff) {
            response.setHeader(CACHE_CONTROL, NO_STORE);
        }
        chain.doFilter(request, embed || staff ? new Guarded(response, embed, staff) : response);
    }

    /**
     * Keeps what was decided above: under /embed, a later X-Frame-Options (Vaadin sets SAMEORIGIN unless one is set)
     * is dropped; on staff pages, a later Cache-Control stays {@code no-store}.
     */
    private static final class Guarded extends HttpServletResponseWrapper {

        private final boolean embed;
        private final boolean staff;

        Guarded(HttpServletResponse response, boolean embed, boolean staff) {
            super(response);
            this.embed = embed;
            this.staff = staff;
        }

        @Override
        public void setHeader(String name, String value) {
            if (!ignored(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!ignored(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!staff || !"Expires".equalsIgnoreCase(name)) {
                super.setDateHeader(name, date);
            }
        }

        private boolean ignored(String name) {
            return embed && FRAME_OPTIONS.equalsIgnoreCase(name) || staff && CACHE_CONTROL.equalsIgnoreCase(name);
        }
    }
}
