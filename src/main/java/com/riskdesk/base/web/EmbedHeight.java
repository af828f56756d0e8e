package com.riskdesk.base.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The embed's one script: it tells a framing page its height ({@code postMessage} of
 * {@code {type: "risk-monitor:height", height, href}}) on load, on resize and whenever its content changes size (a
 * tile's sources opened), so the host can size the {@code <iframe>} to fit. The script is fixed text, allowed by its
 * hash ({@link #CSP_SOURCE}) rather than a per-response nonce, so the embed's HTML stays the same for every reader
 * and its ETag and caches keep working. It sends nothing but the height and the embed's own address.
 */
public final class EmbedHeight {

    public static final String MESSAGE_TYPE = "risk-monitor:height";

    public static final String SCRIPT = "(function(){var last=0;function tell(){"
            + "var h=Math.ceil(document.documentElement.getBoundingClientRect().height);"
            + "if(h!==last&&window.parent!==window){last=h;"
            + "window.parent.postMessage({type:\"" + MESSAGE_TYPE + "\",height:h,href:location.href},\"*\");}}"
            + "addEventListener(\"load\",tell);addEventListener(\"resize\",tell);"
            + "if(window.ResizeObserver){new ResizeObserver(tell).observe(document.documentElement);}})();";

    /** The Content-Security-Policy source that allows exactly {@link #SCRIPT} and no other script. */
    public static final String CSP_SOURCE = "'sha256-" + sha256(SCRIPT) + "'";

    private EmbedHeight() {
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("Every Java runtime has SHA-256", missing);
        }
    }
}
