package dev.pilothouse.desktop.live;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where every live event enters the desktop, from any thread. It is bounded (the oldest pending event is dropped
 * when full) and coalescing (a newer event for the same topic and record replaces the pending one), and it counts
 * every event per topic before either happens, so rates stay exact however much is dropped. The UI drains it on a
 * timer, so the FX thread sees at most one batch per tick whatever the incoming rate.
 */
public final class EventBuffer {

    /** What one drain hands the UI. */
    public record Batch(List<LiveItem> items, Map<String, Long> counts, long dropped, long coalesced, long nanos) {
        public long received() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final int capacity;
    private LinkedHashMap<String, LiveItem> pending = new LinkedHashMap<>();
    private Map<String, Long> counts = new LinkedHashMap<>();
    private long dropped;
    private long coalesced;

    public EventBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    public synchronized void offer(LiveItem item) {
        counts.merge(item.topic(), 1L, Long::sum);
        if (pending.remove(item.key()) != null) {
            coalesced++;
        } else if (pending.size() >= capacity) {
            Iterator<LiveItem> oldest = pending.values().iterator();
            oldest.next();
            oldest.remove();
            dropped++;
        }
        pending.put(item.key(), item);
    }

    /** Takes everything pending and the counts since the last drain. */
    public synchronized Batch drain() {
        Batch batch = new Batch(new ArrayList<>(pending.values()), counts, dropped, coalesced, System.nanoTime());
        pending = new LinkedHashMap<>();
        counts = new LinkedHashMap<>();
        dropped = 0;
        coalesced = 0;
        return batch;
    }

    public synchronized int pendingSize() {
        return pending.size();
    }
}
