package dev.pilothouse.web.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pilothouse.runtime.LiveEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Coalesces a table's live changes between two UI refreshes: only the latest state of each record is kept
 * (a deleted record maps to null), so a grid keeps up with thousands of updates per second by applying one
 * batch per refresh instead of one round-trip per change.
 */
public final class LiveTable implements Flow.Subscriber<LiveEvent> {

    private final Map<String, JsonNode> pending = new LinkedHashMap<>();
    private final AtomicLong changes = new AtomicLong();
    private final AtomicLong gaps = new AtomicLong();

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(LiveEvent event) {
        if (event instanceof LiveEvent.Change change && change.id() != null) {
            synchronized (pending) {
                pending.put(change.id(), change.kind() == LiveEvent.Kind.DELETE ? null : change.value());
            }
            changes.incrementAndGet();
        } else if (event instanceof LiveEvent.Gap) {
            gaps.incrementAndGet();
        }
    }

    @Override
    public void onError(Throwable throwable) {
        gaps.incrementAndGet();
    }

    @Override
    public void onComplete() {
        // the stream was closed by us
    }

    /** Takes the changes since the last call: id → latest record, or null when deleted. */
    public Map<String, JsonNode> drain() {
        synchronized (pending) {
            Map<String, JsonNode> batch = new LinkedHashMap<>(pending);
            pending.clear();
            return batch;
        }
    }

    public long changes() {
        return changes.get();
    }

    public long gaps() {
        return gaps.get();
    }
}
