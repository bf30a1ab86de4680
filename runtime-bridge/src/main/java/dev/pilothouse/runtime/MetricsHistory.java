package dev.pilothouse.runtime;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The snapshots of the last {@code window} (older ones are dropped as new ones arrive); thread-safe. */
public final class MetricsHistory {

    private final Duration window;
    private final Deque<MetricsSnapshot> snapshots = new ArrayDeque<>();

    public MetricsHistory(Duration window) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("metrics history window must be positive, was " + window);
        }
        this.window = window;
    }

    public synchronized void add(MetricsSnapshot snapshot) {
        snapshots.addLast(snapshot);
        while (snapshots.getFirst().time().isBefore(snapshot.time().minus(window))) {
            snapshots.removeFirst();
        }
    }

    /** Oldest first. */
    public synchronized List<MetricsSnapshot> snapshots() {
        return List.copyOf(snapshots);
    }

    public synchronized MetricsSnapshot latest() {
        return snapshots.peekLast();
    }

    public synchronized void clear() {
        snapshots.clear();
    }
}
