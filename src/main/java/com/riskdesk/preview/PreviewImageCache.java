package com.riskdesk.preview;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Rendered preview images, least recently used dropped first. An image is drawn again only when its key changes:
 * new figures (last change), another day (live "days since" counts move at midnight) or an edited monitor.
 */
@Component
class PreviewImageCache {

    static final int CAPACITY = 64;

    private final Map<Key, byte[]> images = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, byte[]> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized Optional<byte[]> find(Key key) {
        return Optional.ofNullable(images.get(key));
    }

    synchronized void put(Key key, byte[] png) {
        images.put(key, png);
    }

    synchronized int size() {
        return images.size();
    }

    /**
     * What an image depends on. {@code asOf} is null for live figures; {@code day} is the day they are read on
     * (for a snapshot, the day of {@code asOf}).
     */
    record Key(String slug, Instant asOf, Instant lastChange, LocalDate day, int monitorVersion, String language) {

        /** The key of the image in English, the default language. */
        Key(String slug, Instant asOf, Instant lastChange, LocalDate day, int monitorVersion) {
            this(slug, asOf, lastChange, day, monitorVersion, "en");
        }


        /** Bumped when the drawing changes, so clients holding an older image fetch the new one. */
        private static final int LAYOUT_VERSION = 1;

        /** A strong entity tag: the same key always gives the same bytes. */
        String etag() {
            String identity = String.join("|", Integer.toString(LAYOUT_VERSION), slug,
                    asOf == null ? "live" : asOf.toString(), lastChange.toString(), day.toString(),
                    Integer.toString(monitorVersion)) + ("en".equals(language) ? "" : "|" + language);
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
                return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException("Every JDK has SHA-256", impossible);
            }
        }
    }
}
