package com.riskdesk.api;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Caching headers for the API. A live read may change any minute; a snapshot ({@code asOf}) shows what was
 * recorded by a past moment, which later recordings cannot change, so caches may keep it for a day.
 */
final class HttpCaching {

    static final CacheControl LIVE = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();
    static final CacheControl SNAPSHOT = CacheControl.maxAge(Duration.ofDays(1)).cachePublic().immutable();
    /** Bump when a representation changes shape, so caches do not answer with the old one. */
    private static final String REPRESENTATION = "v1";

    private HttpCaching() {
    }

    /**
     * Sets Cache-Control, ETag and (when given) Last-Modified on the response; true when the client's copy is
     * still current, in which case the response is already a 304 and the caller writes nothing more.
     */
    static boolean notModified(ServletWebRequest request, boolean snapshot, String etag, Instant lastModified) {
        HttpServletResponse response = request.getResponse();
        if (response != null) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, (snapshot ? SNAPSHOT : LIVE).getHeaderValue());
        }
        long modified = lastModified == null ? -1 : lastModified.toEpochMilli();
        return request.checkNotModified(etag, modified);
    }

    /** An opaque, strong entity tag for everything that decides a representation's bytes. */
    static String etag(Object... parts) {
        StringBuilder seed = new StringBuilder(REPRESENTATION);
        for (Object part : parts) {
            seed.append('|').append(part);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(seed.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
