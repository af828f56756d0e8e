package com.riskdesk.security;

import jakarta.servlet.ServletRequest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The per-response nonce that the Content-Security-Policy allows scripts by ({@link SecurityHeaders}). The page
 * writer marks the inline scripts it means with it; injected script text cannot know it.
 */
public final class ScriptNonce {

    static final String ATTRIBUTE = ScriptNonce.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ScriptNonce() {
    }

    /** The nonce of the response to {@code request}, if its policy has one. */
    public static Optional<String> of(ServletRequest request) {
        return Optional.ofNullable((String) request.getAttribute(ATTRIBUTE));
    }

    static String create(ServletRequest request) {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(ATTRIBUTE, nonce);
        return nonce;
    }
}
