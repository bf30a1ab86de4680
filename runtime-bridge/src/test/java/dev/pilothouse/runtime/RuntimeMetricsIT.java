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
        // Harper's own process, started by this test run (so it has run no longer than this JVM, give or take the
        // whole seconds Harper reports), not the host, whose uptime time.uptime is
        double jvmUptime =
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        assertThat(first.uptimeSeconds()).isPositive().isLessThan(jvmUptime + 2);
        assertThat(first.cpuPercent()).isBetween(0.0, 100.0);
        assertThat(first.dbSizeBytes()).isPositive(); // the shop's tables
        assertThat(first.requestsPerSecond()).isNotNegative();
        assertThat(first.errorsPerSecond()).isNotNegative();
        assertThat(metrics.history().snapshots()).containsExactly(first, second);
    }
}
