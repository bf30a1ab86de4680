package dev.pilothouse.desktop.service;

import dev.pilothouse.desktop.live.LiveItem;
import dev.pilothouse.desktop.viewmodel.LiveSource;
import dev.pilothouse.desktop.viewmodel.ProtectionPort;
import dev.pilothouse.runtime.HarperEndpoint;
import dev.pilothouse.runtime.LiveEvent;
import dev.pilothouse.runtime.LiveStreams;
import dev.pilothouse.runtime.StreamOptions;
import dev.pilothouse.workspace.policy.RecordMask;
import java.time.Instant;
import java.util.concurrent.Flow;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@link LiveSource} over runtime-bridge's WebSocket, SSE and MQTT streams of the connected runtime. Each event's
 * record is masked as it arrives ({@link ProtectionPort}), before it becomes a summary the view shows, filters or
 * exports; the stream of a table withheld whole is not opened.
 */
public final class HarperLive implements LiveSource {

    private final Supplier<HarperEndpoint> endpoint;
    private final ProtectionPort protection;

    /** Without protection ({@link ProtectionPort#OPEN}): tests and previews. */
    public HarperLive(Supplier<HarperEndpoint> endpoint) {
        this(endpoint, ProtectionPort.OPEN);
    }

    public HarperLive(Supplier<HarperEndpoint> endpoint, ProtectionPort protection) {
        this.endpoint = endpoint;
        this.protection = protection;
    }

    @Override
    public AutoCloseable open(String spec, Consumer<LiveItem> sink) {
        HarperEndpoint target = endpoint.get();
        if (target == null) {
            throw new IllegalStateException("No runtime: start or attach one first");
        }
        int colon = spec.indexOf(':');
        String scheme = colon < 0 ? "ws" : spec.substring(0, colon);
        String path = colon < 0 ? spec : spec.substring(colon + 1);
        RecordMask mask = protection.path(path);
        if (mask.hidesAll()) {
            throw new IllegalStateException(mask.notice());
        }
        Flow.Subscriber<LiveEvent> subscriber = new Forwarder(path, sink, mask);
        LiveStreams streams = new LiveStreams(target);
        return switch (scheme) {
            case "ws" -> streams.webSocket(path, StreamOptions.DEFAULTS, subscriber);
            case "sse" -> streams.sse(path, StreamOptions.DEFAULTS, subscriber);
            case "mqtt" -> streams.mqtt(path, StreamOptions.DEFAULTS, subscriber);
            default -> throw new IllegalArgumentException("Unknown stream '" + scheme + "': use ws:, sse: or mqtt:");
        };
    }

    /**
     * A change as the live view keeps it: the masked record whole (the view clips it to its column; export, filter
     * and byte rates see all of it). The subscription is the topic (rates per stream); MQTT's per-record topic is in
     * the id.
     */
    static LiveItem item(String path, RecordMask mask, LiveEvent.Change c) {
        String value = c.value() == null ? "" : mask.apply(c.value()).toString();
        return LiveItem.change(Instant.now(), path, c, value);
    }

    private record Forwarder(String path, Consumer<LiveItem> sink, RecordMask mask)
            implements Flow.Subscriber<LiveEvent> {

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(LiveEvent event) {
            switch (event) {
                case LiveEvent.Change c -> sink.accept(item(path, mask, c));
                case LiveEvent.Gap g ->
                    sink.accept(LiveItem.note(
                            g.restoredAt(),
                            path,
                            LiveItem.Kind.GAP,
                            "disconnected for " + g.length().toMillis() + " ms: " + g.reason()));
            }
        }

        @Override
        public void onError(Throwable throwable) {
            sink.accept(
                    LiveItem.note(Instant.now(), path, LiveItem.Kind.ERROR, String.valueOf(throwable.getMessage())));
        }

        @Override
        public void onComplete() {
            sink.accept(LiveItem.note(Instant.now(), path, LiveItem.Kind.CLOSED, "stream ended"));
        }
    }
}
