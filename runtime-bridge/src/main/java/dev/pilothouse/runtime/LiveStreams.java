package dev.pilothouse.runtime;

import dev.pilothouse.runtime.internal.MqttSource;
import dev.pilothouse.runtime.internal.SseSource;
import dev.pilothouse.runtime.internal.WebSocketSource;
import java.time.Duration;
import java.util.concurrent.Flow;

/**
 * Opens live streams on one node. Paths are REST paths: {@code /Table/} for a whole table (replays every record,
 * then live changes), {@code /Table/id} for one record. MQTT topics are {@code Table/#}, {@code Table/id}.
 * Each call subscribes the given subscriber first (so it sees the initial replay) and then connects before
 * returning, so refused credentials or an unreachable node fail right here. More subscribers may join later; they
 * see events from then on.
 */
public final class LiveStreams {

    private static final Duration FIRST_CONNECT = Duration.ofSeconds(15);

    private final HarperEndpoint endpoint;

    public LiveStreams(HarperEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    public LiveStream webSocket(String path, StreamOptions options, Flow.Subscriber<? super LiveEvent> first) {
        return open(options, first, sink -> new WebSocketSource(sink, options, endpoint, path));
    }

    public LiveStream sse(String path, StreamOptions options, Flow.Subscriber<? super LiveEvent> first) {
        return open(options, first, sink -> new SseSource(sink, options, endpoint, path));
    }

    public LiveStream mqtt(String topicFilter, StreamOptions options, Flow.Subscriber<? super LiveEvent> first) {
        if (endpoint.mqttPort() <= 0) {
            throw new IllegalArgumentException("no MQTT port known for " + endpoint.operationsUrl());
        }
        return open(options, first, sink -> new MqttSource(sink, options, endpoint, topicFilter));
    }

    private static LiveStream open(
            StreamOptions options,
            Flow.Subscriber<? super LiveEvent> first,
            java.util.function.Function<
                            dev.pilothouse.runtime.internal.EventSink,
                            dev.pilothouse.runtime.internal.ReconnectingSource>
                    transport) {
        LiveStream stream = new LiveStream(options, transport);
        stream.subscribe(first);
        stream.open(FIRST_CONNECT);
        return stream;
    }
}
