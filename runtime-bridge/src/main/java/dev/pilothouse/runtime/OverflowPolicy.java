package dev.pilothouse.runtime;

/** What a live stream does when a subscriber's bounded buffer is full. */
public enum OverflowPolicy {
    /** Drop the arriving event and count it in {@link StreamStats#dropped()}; the connection keeps its pace. */
    DROP_NEWEST,
    /** Stop reading from Harper until the subscriber catches up (TCP back-pressure); nothing is lost. */
    BLOCK
}
