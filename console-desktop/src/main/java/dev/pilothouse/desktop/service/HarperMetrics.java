package dev.pilothouse.desktop.service;

import dev.pilothouse.desktop.viewmodel.MetricsSource;
import dev.pilothouse.desktop.viewmodel.RuntimePort;
import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.runtime.MetricsSnapshot;
import dev.pilothouse.runtime.RuntimeMetrics;

/** Samples through runtime-bridge's {@link RuntimeMetrics}, one per client (its analytics cache is per node). */
public final class HarperMetrics implements MetricsSource {

    private HarperClient client;
    private RuntimeMetrics metrics;

    @Override
    public synchronized MetricsSnapshot sample(RuntimePort.Connection connection) {
        if (connection.client() != client) {
            client = connection.client();
            metrics = new RuntimeMetrics(client);
        }
        return metrics.sample();
    }
}
