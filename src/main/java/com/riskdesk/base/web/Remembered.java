package com.riskdesk.base.web;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Text written once per key and shared by every caller with an equal key, so thousands of open dashboards showing the
 * same thing hold one copy of it. Past {@code bound} keys everything is forgotten at once (old views and readings
 * are then written again on demand). The value is written outside the map's lock, because one written piece may be
 * made of others; two callers racing on a new key may both write it, and one copy is kept.
 */
public final class Remembered<K, V> {

    private final int bound;
    private final Map<K, V> values = new ConcurrentHashMap<>();

    public Remembered(int bound) {
        this.bound = bound;
    }

    public V get(K key, Function<? super K, ? extends V> write) {
        V value = values.get(key);
        if (value != null) {
            return value;
        }
        if (values.size() > bound) {
            values.clear();
        }
        V written = write.apply(key);
        return Objects.requireNonNullElse(values.putIfAbsent(key, written), written);
    }
}
