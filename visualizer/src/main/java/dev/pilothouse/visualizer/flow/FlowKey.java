package dev.pilothouse.visualizer.flow;

/**
 * One link of the flow: {@code inbound} links go from a source (a client or peer) into a table or topic, outbound
 * links from a table or topic to a subscriber.
 */
public record FlowKey(String from, String to, Channel channel, boolean inbound) {

    public String resource() {
        return inbound ? to : from;
    }

    public String endpoint() {
        return inbound ? from : to;
    }
}
