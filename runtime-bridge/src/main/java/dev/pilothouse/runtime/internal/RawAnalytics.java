package dev.pilothouse.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pilothouse.runtime.InboundTraffic;
import dev.pilothouse.runtime.InboundTraffic.Source;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the inbound writes out of one {@code system.hdb_raw_analytics} record of Harper 4.7. What each channel
 * records (seen on 4.7.29 and in its thread server):
 * <ul>
 * <li>REST: {@code duration} with the HTTP method and the resource as path, no {@code type} (operations carry
 * {@code type: operation});</li>
 * <li>MQTT: {@code bytes-received}, type {@code mqtt}, method {@code publish,qos=N}, path the topic's resource;</li>
 * <li>WebSocket: {@code bytes-received}, type {@code ws}, method {@code message}, path the handler's path;</li>
 * <li>replication: {@code bytes-received}, method {@code replication}, type {@code ingest}, path
 * {@code node.database.table} (node names may contain dots, so it is split from the right).</li>
 * </ul>
 */
public final class RawAnalytics {

    private static final Set<String> WRITES = Set.of("PUT", "POST", "PATCH", "DELETE");

    private RawAnalytics() {}

    public static List<InboundTraffic> inbound(JsonNode record) {
        Instant time = Instant.ofEpochMilli(record.path("time").asLong());
        double period = record.path("period").asDouble(1000);
        List<InboundTraffic> out = new ArrayList<>();
        for (JsonNode m : record.path("metrics")) {
            String metric = m.path("metric").asText();
            String path = m.path("path").isTextual() ? m.path("path").asText() : null;
            String method = m.path("method").asText("");
            String type = m.path("type").isTextual() ? m.path("type").asText() : null;
            long count = m.path("count").asLong();
            long bytes = Math.round(m.path("mean").asDouble() * count);
            if (path == null || count <= 0) {
                continue;
            }
            if (metric.equals("duration") && type == null && WRITES.contains(method)) {
                out.add(new InboundTraffic(time, period, Source.REST, null, root(path), method, count, 0));
            } else if (metric.equals("bytes-received") && "mqtt".equals(type) && method.startsWith("publish")) {
                out.add(new InboundTraffic(time, period, Source.MQTT, null, root(path), method, count, bytes));
            } else if (metric.equals("bytes-received") && "ws".equals(type) && method.equals("message")) {
                out.add(new InboundTraffic(time, period, Source.WEBSOCKET, null, root(path), method, count, bytes));
            } else if (metric.equals("bytes-received") && method.equals("replication") && "ingest".equals(type)) {
                int table = path.lastIndexOf('.');
                int database = table > 0 ? path.lastIndexOf('.', table - 1) : -1;
                if (database > 0) {
                    out.add(new InboundTraffic(
                            time,
                            period,
                            Source.REPLICATION,
                            path.substring(0, database),
                            path.substring(table + 1),
                            method,
                            count,
                            bytes));
                }
            }
        }
        return out;
    }

    /** {@code Product} for {@code Product}, {@code /Product/7} or {@code Product/7}. */
    static String root(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        int slash = p.indexOf('/');
        return slash < 0 ? p : p.substring(0, slash);
    }
}
