package dev.pilothouse.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Samples a node's runtime figures into a {@link MetricsHistory}: {@code system_information} on every
 * {@link #sample()}; analytics, database sizes and the start of Harper's process only every {@link #ANALYTICS_EVERY}
 * (Harper aggregates analytics once a minute, so reading them more often only costs calls). Headless; the caller owns the timer (a console polls every few seconds).
 */
public final class RuntimeMetrics {

    static final Duration ANALYTICS_EVERY = Duration.ofSeconds(15);
    static final List<String> ATTRIBUTES = List.of("time", "cpu", "memory", "threads");
    /** Harper's own process (its start time), read with the analytics: listing processes costs Harper a {@code ps}. */
    static final List<String> PROCESS = List.of("time", "harperdb_processes");

    private final HarperClient client;
    private final Clock clock;
    private final MetricsHistory history;
    private Instant analyticsRead = Instant.MIN;
    private double requests;
    private double errors;
    private long dbSize;
    private double harperStart = Double.NaN;

    public RuntimeMetrics(HarperClient client, Clock clock, MetricsHistory history) {
        this.client = client;
        this.clock = clock;
        this.history = history;
    }

    /** Five minutes of history, the system clock. */
    public RuntimeMetrics(HarperClient client) {
        this(client, Clock.systemUTC(), new MetricsHistory(Duration.ofMinutes(5)));
    }

    /** Reads the node once, adds the snapshot to the history and returns it; Harper's errors propagate. */
    public synchronized MetricsSnapshot sample() {
        Instant now = clock.instant();
        JsonNode info = client.admin().systemInformation(ATTRIBUTES);
        if (!now.isBefore(analyticsRead.plus(ANALYTICS_EVERY))) {
            readAnalytics(now);
            harperStart = MetricsSnapshot.processStart(client.admin().systemInformation(PROCESS));
            analyticsRead = now;
        }
        MetricsSnapshot snapshot = MetricsSnapshot.of(now, info, harperStart, dbSize, requests, errors);
        history.add(snapshot);
        return snapshot;
    }

    private void readAnalytics(Instant now) {
        double since = now.minus(Duration.ofMinutes(3)).toEpochMilli();
        requests = MetricsSnapshot.rate(client.admin().getAnalytics("duration", since));
        List<JsonNode> failed = new ArrayList<>();
        for (JsonNode metric : client.admin().listMetrics()) {
            String name = metric.asText();
            if (name.matches("response_[45]\\d\\d")) {
                failed.addAll(client.admin().getAnalytics(name, since));
            }
        }
        errors = MetricsSnapshot.rate(failed);
        dbSize = MetricsSnapshot.dbSize(client.describeAll());
    }

    public MetricsHistory history() {
        return history;
    }
}
