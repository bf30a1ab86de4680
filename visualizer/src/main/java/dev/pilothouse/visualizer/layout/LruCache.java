package dev.pilothouse.visualizer.layout;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** A small synchronized least-recently-used map; the computation runs outside the lock. */
final class LruCache<K, V> {

    private final Map<K, V> map;

    LruCache(int capacity) {
        this.map = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized V get(K key) {
        return map.get(key);
    }

    synchronized void put(K key, V value) {
        map.put(key, value);
    }

    V computeIfAbsent(K key, Function<K, V> compute) {
        V value = get(key);
        if (value == null) {
            value = compute.apply(key);
            put(key, value);
        }
        return value;
    }

    synchronized int size() {
        return map.size();
    }
}
