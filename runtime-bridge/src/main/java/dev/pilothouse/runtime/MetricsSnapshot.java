package dev.pilothouse.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * One reading of a node's runtime figures, from {@code system_information} (host CPU load, the Harper process's heap
 * and RSS, its threads, uptime), {@code describe_all} (database file sizes) and Harper's aggregated analytics (request
 * and error rates of the newest aggregation period, usually 60 s).
 *
 * @param cpuPercent        host CPU load, 0–100 ({@code cpu.current_load.currentLoad})
 * @param dbSizeBytes       the database files, summed over databases ({@code db_size} of {@code describe_all})
 * @param requestsPerSecond HTTP requests and operations counted by the {@code duration} metric
 * @param errorsPerSecond   responses with status 400 and up ({@code response_4xx}/{@code response_5xx} metrics)
 */
public record MetricsSnapshot(Instant time, double cpuPercent, long heapUsed, long heapTotal, long rss, int threads,
                              double uptimeSeconds, long dbSizeBytes, double requestsPerSecond,
                              double errorsPerSecond) {

    /** Reads the figures of one {@code system_information} answer and the analytics rates measured alongside. */
    static MetricsSnapshot of(Instant time, JsonNode info, long dbSizeBytes, double requestsPerSecond,
                              double errorsPerSecond) {
        JsonNode memory = info.path("memory");
        return new MetricsSnapshot(time, info.path("cpu").path("current_load").path("currentLoad").asDouble(),
                memory.path("heapUsed").asLong(), memory.path("heapTotal").asLong(), memory.path("rss").asLong(),
                info.path("threads").size(), info.path("time").path("uptime").asDouble(), dbSizeBytes, requestsPerSecond,
                errorsPerSecond);
    }

    /** The databases' file sizes: every table of a database reports the same {@code db_size}, its one file. */
    static long dbSize(JsonNode describeAll) {
        long total = 0;
        for (JsonNode database : describeAll) {
            for (JsonNode table : database) {
                total += table.path("db_size").asLong();
                break;
            }
        }
        return total;
    }

    /**
     * Events per second in the newest aggregation period of analytics records (one per path, method and period):
     * the counts of the records of that period over its length. 0 when there are none.
     */
    static double rate(List<JsonNode> records) {
        double newest = records.stream().mapToDouble(r -> r.path("time").asDouble()).max().orElse(Double.NaN);
        if (Double.isNaN(newest)) {
            return 0;
        }
        double count = 0;
        double periodMs = 0;
        for (JsonNode r : records) {
            double period = r.path("period").asDouble();
            if (period > 0 && r.path("time").asDouble() > newest - period / 2) { // same aggregation run
                count += r.path("count").asDouble();
                periodMs = Math.max(periodMs, period);
            }
        }
        return periodMs == 0 ? 0 : count / (periodMs / 1000);
    }
}
