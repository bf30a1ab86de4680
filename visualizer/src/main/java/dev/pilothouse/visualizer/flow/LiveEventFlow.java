package dev.pilothouse.visualizer.flow;

import dev.pilothouse.runtime.LiveEvent;
import java.util.concurrent.Flow;

/**
 * Feeds a bridge live stream into a {@link FlowModel}: each live change or message counts as a delivery from its
 * table or topic to {@code subscriber} over {@code channel}; replays (state sent on (re)connect) are not traffic and
 * are skipped; a gap marks the link. Subscribe it to a {@code LiveStream} from {@code LiveStreams}.
 */
public final class LiveEventFlow implements Flow.Subscriber<LiveEvent> {

    private final FlowModel model;
    private final Channel channel;
    private final String subscriber;
    private volatile String lastResource = "?";

    public LiveEventFlow(FlowModel model, Channel channel, String subscriber) {
        this.model = model;
        this.channel = channel;
        this.subscriber = subscriber;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(LiveEvent event) {
        switch (event) {
            case LiveEvent.Change c
            when !c.replay() -> {
                String resource = resource(c.path());
                lastResource = resource;
                model.outbound(channel, resource, subscriber, c.bytes());
            }
            case LiveEvent.Change c -> lastResource = resource(c.path());
            case LiveEvent.Gap g -> model.gap(new FlowKey(lastResource, subscriber, channel, false));
        }
    }

    @Override
    public void onError(Throwable throwable) {
        model.gap(new FlowKey(lastResource, subscriber, channel, false));
    }

    @Override
    public void onComplete() {
        // nothing to release: the model keeps the counts until they go idle
    }

    /** The table or topic root of a REST path ({@code /Table/id}) or MQTT topic ({@code Table/id}). */
    static String resource(String path) {
        if (path == null || path.isEmpty()) {
            return "?";
        }
        String p = path.startsWith("/") ? path.substring(1) : path;
        int slash = p.indexOf('/');
        return slash < 0 ? p : p.substring(0, slash);
    }
}
