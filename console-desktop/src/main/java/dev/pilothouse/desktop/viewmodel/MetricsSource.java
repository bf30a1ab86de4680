package dev.pilothouse.desktop.viewmodel;

import dev.pilothouse.runtime.MetricsSnapshot;

/** A runtime's figures as the metrics tab reads them; the Harper-backed one is {@code service.HarperMetrics}. */
@FunctionalInterface
public interface MetricsSource {

    MetricsSnapshot sample(RuntimePort.Connection connection);
}
