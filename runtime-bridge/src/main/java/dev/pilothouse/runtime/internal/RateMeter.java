package dev.pilothouse.runtime.internal;

/** Events and bytes per second over a sliding window of whole seconds (the current, partial second excluded). */
public final class RateMeter {

    private static final int WINDOW = 5;

    private final long[] events = new long[WINDOW + 1];
    private final long[] bytes = new long[WINDOW + 1];
    private long currentSecond = -1;

    public synchronized void add(long count, long size, long nowMillis) {
        roll(nowMillis / 1000);
        int slot = (int) (currentSecond % events.length);
        events[slot] += count;
        bytes[slot] += size;
    }

    public synchronized double eventsPerSecond(long nowMillis) {
        return rate(events, nowMillis);
    }

    public synchronized double bytesPerSecond(long nowMillis) {
        return rate(bytes, nowMillis);
    }

    private double rate(long[] buckets, long nowMillis) {
        roll(nowMillis / 1000);
        long sum = 0;
        for (int back = 1; back <= WINDOW; back++) {
            sum += buckets[(int) ((currentSecond - back + buckets.length * 1000L) % buckets.length)];
        }
        return sum / (double) WINDOW;
    }

    private void roll(long second) {
        if (currentSecond < 0) {
            currentSecond = second;
            return;
        }
        while (currentSecond < second) {
            currentSecond++;
            int slot = (int) (currentSecond % events.length);
            events[slot] = 0;
            bytes[slot] = 0;
            if (second - currentSecond > events.length) {
                currentSecond = second - events.length; // long idle: skip ahead, clearing as we go
            }
        }
    }
}
