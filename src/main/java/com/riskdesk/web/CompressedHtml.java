package com.riskdesk.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * A page's bytes, gzipped when the client accepts it. The overflow page is what many readers get at once, so it
 * is compressed here rather than relying on server-wide compression, which would also wrap Vaadin's push responses.
 */
final class CompressedHtml {

    private static final int WORTH_COMPRESSING = 1024;

    private CompressedHtml() {
    }

    static ResponseEntity<byte[]> response(ResponseEntity.BodyBuilder builder, String html, HttpServletRequest request) {
        byte[] plain = html.getBytes(StandardCharsets.UTF_8);
        builder.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (plain.length < WORTH_COMPRESSING || !acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
            return builder.body(plain);
        }
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(plain.length / 4);
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(plain);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return builder.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(compressed.toByteArray());
    }

    private static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.trim().split(";");
            if (parts[0].trim().equalsIgnoreCase("gzip") && !(parts.length > 1 && parts[1].trim().matches("q=0(\\.0*)?"))) {
                return true;
            }
        }
        return false;
    }
}
