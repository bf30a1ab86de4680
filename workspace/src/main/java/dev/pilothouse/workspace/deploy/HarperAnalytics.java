package dev.pilothouse.workspace.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pilothouse.runtime.HarperClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Harper 4.7.29's analytics as governance reads them. Each thread writes a raw report about every second into
 * {@code system.hdb_raw_analytics} (a {@code metrics} array: metric, path, method, type, count...); the main thread
 * folds them into {@code get_analytics} rows once per {@code analytics.aggregatePeriod} (60 s) and drops the raw ones.
 * Recent figures therefore come from the raw table, older ones from get_analytics (only before the oldest raw
 * report, so nothing is counted twice).
 */
final class HarperAnalytics {

    private final HarperClient client;

    HarperAnalytics(HarperClient client) {
        this.client = client;
    }

    /** Entries of the given metrics since {@code since}, each with {@code time} (epoch ms) added. */
    List<JsonNode> entries(Set<String> metrics, Instant since) {
        return entries(metrics::contains, metrics, since);
    }

    /** Entries of every metric whose name starts with {@code prefix} (e.g. {@code response_}). */
    List<JsonNode> entriesWithPrefix(String prefix, Instant since) {
        Set<String> known = new java.util.TreeSet<>();
        client.call("list_metrics", Map.of("metric_types", List.of("builtin", "custom")))
                .forEach(m -> known.add(m.asText()));
        known.removeIf(m -> !m.startsWith(prefix));
        return entries(m -> m.startsWith(prefix), known, since);
    }

    private List<JsonNode> entries(java.util.function.Predicate<String> wanted, Set<String> metrics, Instant since) {
        List<JsonNode> out = new ArrayList<>();
        double oldestRaw = Double.MAX_VALUE;
        for (JsonNode report :
                client.sql("SELECT * FROM system.hdb_raw_analytics WHERE id > " + since.toEpochMilli())) {
            double time = report.path("id").asDouble();
            oldestRaw = Math.min(oldestRaw, time);
            for (JsonNode entry : report.path("metrics")) {
                if (wanted.test(entry.path("metric").asText())) {
                    out.add(((ObjectNode) entry.deepCopy()).put("time", time));
                }
            }
        }
        for (String metric : metrics) {
            for (JsonNode row :
                    client.call("get_analytics", Map.of("metric", metric, "start_time", since.toEpochMilli()))) {
                if (row.path("time").asDouble() < oldestRaw) {
                    out.add(row);
                }
            }
        }
        return out;
    }

    /**
     * A server-wide gauge (e.g. {@code ws-connections}) as the newest raw report of each thread since {@code since}
     * gives it, summed over threads. Threads report the gauge only while it is above 0; a thread is named by the
     * {@code threadId} of its {@code memory} entry.
     */
    long gauge(String metric, Instant since) {
        Map<Integer, Long> byThread = new java.util.HashMap<>();
        List<JsonNode> reports = new ArrayList<>(
                client.sql("SELECT * FROM system.hdb_raw_analytics WHERE id > " + since.toEpochMilli()));
        reports.sort(java.util.Comparator.comparingDouble(r -> r.path("id").asDouble()));
        for (JsonNode report : reports) {
            int thread = -1;
            long value = 0;
            for (JsonNode entry : report.path("metrics")) {
                if (entry.path("metric").asText().equals("memory")) {
                    thread = entry.path("threadId").asInt(-1);
                } else if (entry.path("metric").asText().equals(metric)) {
                    value = entry.path("connections").asLong();
                }
            }
            byThread.put(thread, value);
        }
        return byThread.values().stream().mapToLong(Long::longValue).sum();
    }
}
