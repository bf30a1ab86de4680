package dev.pilothouse.visualizer.flow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * Live counters of who sends what where: sources into tables and topics, tables and topics out to subscribers.
 * Recording is O(1) and lock-free (a hash lookup and a few CASes), safe from any thread. Memory is bounded: at most
 * {@code maxLinks} links are tracked (later ones share an overflow link per channel) and links idle for longer than
 * {@code idleEviction} are dropped when a snapshot is taken.
 */
public final class FlowModel {

    /** The endpoint name overflow links use. */
    public static final String OVERFLOW = "(other)";

    private final LongSupplier nanoClock;
    private final long bucketNanos;
    private final int maxLinks;
    private final long idleBuckets;
    private final long start;
    private final Map<FlowKey, RollingCounter> links = new ConcurrentHashMap<>();
    private final Set<FlowKey> gaps = ConcurrentHashMap.newKeySet();
    private final LongAdder total = new LongAdder();
    private final LongAdder overflow = new LongAdder();

    public FlowModel(LongSupplier nanoClock, Duration bucket, int maxLinks, Duration idleEviction) {
        this.nanoClock = nanoClock;
        this.bucketNanos = bucket.toNanos();
        this.maxLinks = maxLinks;
        this.idleBuckets = Math.max(RollingCounter.BUCKETS, idleEviction.toNanos() / bucketNanos);
        this.start = nanoClock.getAsLong();
    }

    /** 100 ms buckets (a one-second window), 2,000 links, idle links dropped after five minutes. */
    public static FlowModel withDefaults() {
        return new FlowModel(System::nanoTime, Duration.ofMillis(100), 2000, Duration.ofMinutes(5));
    }

    /** A client or peer wrote to a table or published to a topic. */
    public void inbound(Channel channel, String source, String resource, int bytes) {
        record(new FlowKey(source, resource, channel, true), bytes);
    }

    /** A table or topic delivered a change or message to a subscriber. */
    public void outbound(Channel channel, String resource, String subscriber, int bytes) {
        record(new FlowKey(resource, subscriber, channel, false), bytes);
    }

    /** {@code count} writes counted elsewhere (Harper's analytics) from a source into a table or topic. */
    public void inbound(Channel channel, String source, String resource, long count, long bytes) {
        if (count > 0) {
            record(new FlowKey(source, resource, channel, true), count, bytes);
        }
    }

    public void record(FlowKey key, int bytes) {
        record(key, 1, bytes);
    }

    private void record(FlowKey key, long count, long bytes) {
        RollingCounter counter = links.get(key);
        if (counter == null) {
            if (links.size() >= maxLinks) {
                overflow.increment();
                key = key.inbound()
                        ? new FlowKey(OVERFLOW, OVERFLOW, key.channel(), true)
                        : new FlowKey(OVERFLOW, OVERFLOW, key.channel(), false);
            }
            counter = links.computeIfAbsent(key, k -> new RollingCounter());
        }
        counter.add(bucket(), count, bytes);
        total.add(count);
        if (!gaps.isEmpty()) {
            gaps.remove(key);
        }
    }

    /** The stream behind {@code key} lost its connection for a while; cleared by the link's next event. */
    public void gap(FlowKey key) {
        gaps.add(key);
        links.computeIfAbsent(key, k -> new RollingCounter());
    }

    /** Every event recorded so far (cheap enough to poll for "anything new?"). */
    public long totalEvents() {
        return total.sum();
    }

    public int trackedLinks() {
        return links.size();
    }

    /** Rates and totals of every tracked link, sorted; drops links idle for longer than the eviction time. */
    public FlowSnapshot snapshot() {
        long now = bucket();
        double windowSeconds = (RollingCounter.BUCKETS - 1) * bucketNanos / 1e9;
        List<FlowLink> out = new ArrayList<>();
        for (Map.Entry<FlowKey, RollingCounter> e : links.entrySet()) {
            RollingCounter c = e.getValue();
            if (now - c.lastBucket() > idleBuckets && !gaps.contains(e.getKey())) {
                links.remove(e.getKey(), c);
                continue;
            }
            out.add(new FlowLink(
                    e.getKey(),
                    c.windowEvents(now) / windowSeconds,
                    c.windowBytes(now) / windowSeconds,
                    c.totalEvents(),
                    c.totalBytes(),
                    gaps.contains(e.getKey())));
        }
        out.sort(Comparator.comparing((FlowLink l) -> !l.key().inbound())
                .thenComparing(l -> l.key().from())
                .thenComparing(l -> l.key().to())
                .thenComparing(l -> l.key().channel()));
        return new FlowSnapshot(nanoClock.getAsLong(), out, total.sum(), overflow.sum());
    }

    private long bucket() {
        return (nanoClock.getAsLong() - start) / bucketNanos;
    }
}
