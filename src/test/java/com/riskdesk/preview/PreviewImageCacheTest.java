package com.riskdesk.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PreviewImageCacheTest {

    private static final Instant CHANGED = Instant.parse("2026-01-10T09:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 1, 15);

    @Test
    void keeps_at_most_64_images_dropping_the_least_recently_used() {
        PreviewImageCache cache = new PreviewImageCache();
        PreviewImageCache.Key first = key("monitor-0", CHANGED);
        for (int i = 0; i < PreviewImageCache.CAPACITY; i++) {
            cache.put(key("monitor-" + i, CHANGED), new byte[] {(byte) i});
        }
        cache.find(first);  // used again, so monitor-1 is now the least recently used

        cache.put(key("one-more", CHANGED), new byte[] {1});

        assertThat(cache.size()).isEqualTo(PreviewImageCache.CAPACITY);
        assertThat(cache.find(first)).isPresent();
        assertThat(cache.find(key("monitor-1", CHANGED))).isEmpty();
    }

    @Test
    void etag_changes_with_the_figures_the_day_and_the_pinned_moment_only() {
        PreviewImageCache.Key live = key("venezuela", CHANGED);

        assertThat(key("venezuela", CHANGED).etag()).isEqualTo(live.etag());
        assertThat(key("venezuela", CHANGED.plusSeconds(1)).etag()).isNotEqualTo(live.etag());
        assertThat(new PreviewImageCache.Key("venezuela", null, CHANGED, DAY.plusDays(1), 0).etag())
                .isNotEqualTo(live.etag());
        assertThat(new PreviewImageCache.Key("venezuela", CHANGED, CHANGED, DAY, 0).etag()).isNotEqualTo(live.etag());
        assertThat(new PreviewImageCache.Key("venezuela", null, CHANGED, DAY, 1).etag()).isNotEqualTo(live.etag());
        assertThat(new PreviewImageCache.Key("venezuela", null, CHANGED, DAY, 0, "es").etag()).isNotEqualTo(live.etag());
        assertThat(new PreviewImageCache.Key("venezuela", null, CHANGED, DAY, 0, "en").etag()).isEqualTo(live.etag());
    }

    private static PreviewImageCache.Key key(String slug, Instant lastChange) {
        return new PreviewImageCache.Key(slug, null, lastChange, DAY, 0);
    }
}
