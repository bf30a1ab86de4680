package dev.pilothouse.visualizer.flow;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Events and bytes over a sliding window of fixed buckets, lock-free with O(1) work per event. Each bucket packs the
 * bucket's epoch (high 24 bits) with its count (low 40 bits), so a stale bucket is reset and counted in one CAS and
 * no event is lost at a bucket boundary. Totals are exact.
 */
final class RollingCounter {

    static final int BUCKETS = 10;
    private static final long COUNT_MASK = (1L << 40) - 1;
    private static final long EPOCH_MASK = (1L << 24) - 1;

    private final AtomicLongArray events = new AtomicLongArray(BUCKETS);
    private final AtomicLongArray bytes = new AtomicLongArray(BUCKETS);
    private final LongAdder totalEvents = new LongAdder();
    private final LongAdder totalBytes = new LongAdder();
    private volatile long lastBucket;

    void add(long bucket, int size) {
        add(bucket, 1, size);
    }

    /** Several events at once (a batch counted elsewhere, such as one second of Harper's analytics). */
    void add(long bucket, long count, long size) {
        bump(events, bucket, count);
        bump(bytes, bucket, size);
        totalEvents.add(count);
        totalBytes.add(size);
        lastBucket = bucket;
    }

    private static void bump(AtomicLongArray slots, long bucket, long amount) {
        int slot = (int) (bucket % BUCKETS);
        long epoch = bucket & EPOCH_MASK;
        while (true) {
            long v = slots.get(slot);
            long next = (v >>> 40) == epoch ? v + amount : (epoch << 40) | amount;
            if (slots.compareAndSet(slot, v, next)) {
                return;
            }
        }
    }

    /** Events in the {@code BUCKETS - 1} complete buckets before {@code bucket} (the current one is still filling). */
    long windowEvents(long bucket) {
        return window(events, bucket);
    }

    long windowBytes(long bucket) {
        return window(bytes, bucket);
    }

    private static long window(AtomicLongArray slots, long bucket) {
        long sum = 0;
        for (long b = bucket - BUCKETS + 1; b < bucket; b++) {
            long v = slots.get((int) (Math.floorMod(b, BUCKETS)));
            if ((v >>> 40) == (b & EPOCH_MASK)) {
                sum += v & COUNT_MASK;
            }
        }
        return sum;
    }

    long totalEvents() {
        return totalEvents.sum();
    }

    long totalBytes() {
        return totalBytes.sum();
    }

    long lastBucket() {
        return lastBucket;
    }
}
