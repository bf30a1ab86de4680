package dev.pilothouse.workspace.deploy;

import java.time.Duration;

/**
 * How clients follow one table in real time, from the runtime's analytics. Harper 4.7.29 keeps no count of active
 * subscribers per table: it records WebSocket connects per resource path ({@code connections}), records delivered
 * to subscribers per table ({@code db-message}, WebSocket, SSE and MQTT alike), and the open WebSocket and MQTT
 * connections of the whole server ({@code ws-connections}, {@code mqtt-connections}).
 */
public record Subscribers(long connects, long messages, long openWebSockets, long openMqtt, Duration lookback) {

    /** True when anything suggests live subscribers of the table. */
    public boolean any() {
        return connects > 0 || messages > 0;
    }

    public String describe() {
        return connects + " WebSocket connect(s) and " + messages + " record(s) delivered to subscribers in the last "
                + lookback.toMinutes() + " min; open on the server now: " + openWebSockets + " WebSocket, "
                + openMqtt + " MQTT connection(s) (Harper counts no subscribers per table)";
    }
}
