package dev.pilothouse.runtime;

/** A node and what was found when asking it: running (PID alive and API answers), unresponsive, or stopped. */
public record NodeStatus(RuntimeNode node, State state) {

    public enum State {
        RUNNING,
        UNRESPONSIVE,
        STOPPED
    }
}
