package dev.pilothouse.visualizer.flow;

/** How data or messages travel to or from the runtime. */
public enum Channel {
    REST,
    WEBSOCKET,
    SSE,
    MQTT,
    REPLICATION;

    public String label() {
        return switch (this) {
            case REST -> "REST";
            case WEBSOCKET -> "WebSocket";
            case SSE -> "SSE";
            case MQTT -> "MQTT";
            case REPLICATION -> "replication";
        };
    }
}
