package dev.pilothouse.agent;

import dev.pilothouse.runtime.HarperEndpoint;
import dev.pilothouse.runtime.LiveEvent;
import dev.pilothouse.runtime.LiveStream;
import dev.pilothouse.runtime.LiveStreams;
import dev.pilothouse.runtime.StreamOptions;
import dev.pilothouse.workspace.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Flow;

/**
 * Bounded tails of live table changes. The first request for a table starts watching it (a WebSocket
 * subscription through the runtime bridge); afterwards the last {@link #KEEP} live changes are kept in memory.
 * The initial replay of existing records is skipped: a tail is about what changes, and a table may be large.
 */
public final class EventTails implements AutoCloseable {

    public static final int KEEP = 200;
    /** At most this many tables are watched at once, so agents cannot open unbounded subscriptions. */
    public static final int MAX_TABLES = 8;

    private final Optional<LiveStreams> streams;
    private final Map<String, Tail> tails = new LinkedHashMap<>();

    public EventTails(Optional<HarperEndpoint> endpoint) {
        this.streams = endpoint.map(LiveStreams::new);
    }

    /** The newest {@code limit} changes of a table path such as {@code /Product/}, waiting up to {@code wait}. */
    public Snapshot recent(String path, int limit, Duration wait) {
        Tail tail = tail(path);
        return tail.await(limit, wait);
    }

    private synchronized Tail tail(String path) {
        Tail tail = tails.get(path);
        if (tail != null) {
            return tail;
        }
        LiveStreams live = streams.orElseThrow(() ->
                new Refusal("no-runtime", "this gateway has no runtime attached; start it with --runtime or --url"));
        if (tails.size() >= MAX_TABLES) {
            throw new Refusal("tail-limit", "at most " + MAX_TABLES + " tables are watched at once");
        }
        tail = new Tail();
        tail.stream = live.webSocket(
                path, StreamOptions.DEFAULTS.withBuffer(1024, dev.pilothouse.runtime.OverflowPolicy.DROP_NEWEST), tail);
        tails.put(path, tail);
        return tail;
    }

    @Override
    public synchronized void close() {
        tails.values().forEach(t -> t.stream.close());
        tails.clear();
    }

    /** The changes returned and since when the table has been watched. */
    public record Snapshot(Instant watchingSince, long seen, List<LiveEvent.Change> changes) {}

    private static final class Tail implements Flow.Subscriber<LiveEvent> {
        private final Deque<LiveEvent.Change> ring = new ArrayDeque<>();
        private final Instant since = Instant.now();
        private long seen;
        private LiveStream stream;

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public synchronized void onNext(LiveEvent event) {
            if (event instanceof LiveEvent.Change change && !change.replay()) {
                if (ring.size() == KEEP) {
                    ring.removeFirst();
                }
                ring.addLast(change);
                seen++;
                notifyAll();
            }
        }

        @Override
        public void onError(Throwable throwable) {
            // the stream reconnects by itself; a fatal error just ends this tail's growth
        }

        @Override
        public void onComplete() {}

        synchronized Snapshot await(int limit, Duration wait) {
            long deadline = System.nanoTime() + wait.toNanos();
            while (ring.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            List<LiveEvent.Change> all = new ArrayList<>(ring);
            return new Snapshot(since, seen, List.copyOf(all.subList(Math.max(0, all.size() - limit), all.size())));
        }
    }
}
