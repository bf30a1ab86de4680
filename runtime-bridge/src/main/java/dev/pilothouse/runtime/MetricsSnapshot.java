package dev.pilothouse.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reading of a node's runtime figures, from {@code system_information} (host CPU load, the Harper process's heap
 * and RSS, its worker threads, its start time), {@code describe_all} (database file sizes) and Harper's aggregated analytics (request
 * and error rates of the newest aggregation period, usually 60 s).
 *
 * @param cpuPercent        host CPU load, 0–100 ({@code cpu.current_load.currentLoad})
 * @param threads           Harper's worker threads ({@code threads}: one entry per worker, the main thread not counted;
 *                          {@code threads.count} in Harper's configuration, by default one per CPU)
 * @param uptimeSeconds     how long Harper's own process has run, NaN when Harper does not say ({@code time.uptime}
 *                          is the host's uptime, not Harper's)
 * @param dbSizeBytes       the database files, summed over databases ({@code db_size} of {@code describe_all})
 * @param requestsPerSecond HTTP requests and operations counted by the {@code duration} metric
 * @param errorsPerSecond   responses with status 400 and up ({@code response_4xx}/{@code response_5xx} metrics)
 */
public record MetricsSnapshot(
        Instant time,
        double cpuPercent,
        long heapUsed,
        long heapTotal,
        long rss,
        int threads,
        double uptimeSeconds,
        long dbSizeBytes,
        double requestsPerSecond,
        double errorsPerSecond) {

    /** What {@link #threads} counts, for a console's tooltip. */
    public static final String THREADS_MEANING = "Harper's worker threads, which serve HTTP, REST, MQTT and WebSocket"
            + " requests (threads.count in Harper's configuration, by default one per CPU)."
            + " Harper's main thread is not counted.";
    /** What {@link #uptimeSeconds} measures, for a console's tooltip. */
    public static final String UPTIME_MEANING = "How long Harper's own process has run (not the host's uptime)";

    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Pattern OFFSET = Pattern.compile("([+-])(\\d{2}):?(\\d{2})$");

    /**
     * Reads the figures of one {@code system_information} answer and the analytics rates measured alongside;
     * {@code harperStartMillis} is when Harper's process started ({@link #processStart}), NaN if unknown.
     */
    static MetricsSnapshot of(
            Instant time,
            JsonNode info,
            double harperStartMillis,
            long dbSizeBytes,
            double requestsPerSecond,
            double errorsPerSecond) {
        JsonNode memory = info.path("memory");
        double now = info.path("time").path("current").asDouble(Double.NaN);
        double uptime = Double.isNaN(harperStartMillis) || Double.isNaN(now)
                ? Double.NaN
                : Math.max(0, (now - harperStartMillis) / 1000);
        return new MetricsSnapshot(
                time,
                info.path("cpu").path("current_load").path("currentLoad").asDouble(),
                memory.path("heapUsed").asLong(),
                memory.path("heapTotal").asLong(),
                memory.path("rss").asLong(),
                info.path("threads").size(),
                uptime,
                dbSizeBytes,
                requestsPerSecond,
                errorsPerSecond);
    }

    /**
     * When Harper's process started, in epoch milliseconds, from a {@code system_information} answer with
     * {@code harperdb_processes} and {@code time}: {@code harperdb_processes.core[0].started} is the host's local
     * wall-clock time ({@code "2026-12-07 23:44:01"}, whole seconds) and {@code time.timezone} its offset
     * ({@code "UTC+0000"}, {@code "CET+0100"}). NaN when either is missing or unreadable.
     */
    static double processStart(JsonNode info) {
        String started = info.path("harperdb_processes")
                .path("core")
                .path(0)
                .path("started")
                .asText("");
        Matcher offset = OFFSET.matcher(info.path("time").path("timezone").asText(""));
        if (started.isEmpty() || !offset.find()) {
            return Double.NaN;
        }
        try {
            int seconds = (Integer.parseInt(offset.group(2)) * 60 + Integer.parseInt(offset.group(3))) * 60;
            ZoneOffset zone = ZoneOffset.ofTotalSeconds(offset.group(1).equals("-") ? -seconds : seconds);
            return LocalDateTime.parse(started.trim(), STARTED).toInstant(zone).toEpochMilli();
        } catch (java.time.DateTimeException e) { // also an unparsable date
            return Double.NaN;
        }
    }

    /** The uptime as a person reads it ({@code "45 s"}, {@code "12 min 5 s"}, {@code "3 h 4 min"}, {@code "2 d 5 h"}). */
    public String uptimeText() {
        if (Double.isNaN(uptimeSeconds)) {
            return "unknown";
        }
        long s = (long) uptimeSeconds;
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " min " + s % 60 + " s";
        }
        if (s < 86_400) {
            return s / 3600 + " h " + s % 3600 / 60 + " min";
        }
        return s / 86_400 + " d " + s % 86_400 / 3600 + " h";
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
        double newest = records.stream()
                .mapToDouble(r -> r.path("time").asDouble())
                .max()
                .orElse(Double.NaN);
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
