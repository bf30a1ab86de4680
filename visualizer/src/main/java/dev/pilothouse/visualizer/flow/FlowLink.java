package dev.pilothouse.visualizer.flow;

/** One link in a snapshot: its rate over the window, its totals, and whether its stream reported a gap. */
public record FlowLink(
        FlowKey key, double eventsPerSecond, double bytesPerSecond, long totalEvents, long totalBytes, boolean gap) {}
