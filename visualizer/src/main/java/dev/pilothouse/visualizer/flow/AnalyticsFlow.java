package dev.pilothouse.visualizer.flow;

import dev.pilothouse.runtime.InboundTraffic;
import java.util.function.Consumer;

/**
 * Feeds the runtime's own analytics ({@code AnalyticsFeed}, one batch per thread and second) into a
 * {@link FlowModel} as inbound links: REST, MQTT and WebSocket writers into the resource they wrote, replication
 * from the peer that sent it. Harper counts per channel, not per client, so the clients of one channel share a
 * source node ("REST clients"); a replication link names its peer. Register it with {@code feed.onTraffic(...)}.
 */
public final class AnalyticsFlow implements Consumer<InboundTraffic> {

    private final FlowModel model;

    public AnalyticsFlow(FlowModel model) {
        this.model = model;
    }

    @Override
    public void accept(InboundTraffic traffic) {
        model.inbound(channel(traffic.source()), source(traffic), traffic.resource(), traffic.count(), traffic.bytes());
    }

    static Channel channel(InboundTraffic.Source source) {
        return switch (source) {
            case REST -> Channel.REST;
            case WEBSOCKET -> Channel.WEBSOCKET;
            case MQTT -> Channel.MQTT;
            case REPLICATION -> Channel.REPLICATION;
        };
    }

    static String source(InboundTraffic traffic) {
        return traffic.source() == InboundTraffic.Source.REPLICATION
                ? traffic.peer()
                : channel(traffic.source()).label() + " clients";
    }
}
