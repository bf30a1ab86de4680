package dev.pilothouse.visualizer.flow;

import java.util.List;

/** The flow at one moment: every tracked link, and how many events went to the shared overflow links. */
public record FlowSnapshot(long takenAtNanos, List<FlowLink> links, long totalEvents, long overflowEvents) {

    public FlowSnapshot {
        links = List.copyOf(links);
    }

    public boolean idle() {
        return links.stream().allMatch(l -> l.eventsPerSecond() == 0);
    }
}
