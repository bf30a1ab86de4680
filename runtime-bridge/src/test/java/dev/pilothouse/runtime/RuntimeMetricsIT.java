package dev.pilothouse.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuntimeMetricsIT {

    @Test
    void samplesTheRealNodeIntoTheHistory() {
        HarperClient client = ShopApp.deployed();
        RuntimeMetrics metrics = new RuntimeMetrics(client);
        MetricsSnapshot first = metrics.sample();
        MetricsSnapshot second = metrics.sample();

        assertThat(first.rss()).isGreaterThan(50_000_000L); // an idle Harper is 200–300 MB
        assertThat(first.heapUsed()).isPositive().isLessThanOrEqualTo(first.heapTotal());
        assertThat(first.threads()).isPositive();
        assertThat(first.uptimeSeconds()).isPositive();
        assertThat(first.cpuPercent()).isBetween(0.0, 100.0);
        assertThat(first.dbSizeBytes()).isPositive(); // the shop's tables
        assertThat(first.requestsPerSecond()).isNotNegative();
        assertThat(first.errorsPerSecond()).isNotNegative();
        assertThat(metrics.history().snapshots()).containsExactly(first, second);
    }
}
