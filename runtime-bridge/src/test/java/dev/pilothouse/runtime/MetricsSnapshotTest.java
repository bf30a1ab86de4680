package dev.pilothouse.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Recorded Harper 4.7.29 answers (trimmed) turned into figures. */
class MetricsSnapshotTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void systemInformationAndDescribeAllGiveTheFigures() throws Exception {
        JsonNode info = JSON.readTree("""
                {"time":{"current":1795314568747,"uptime":419.44},
                 "cpu":{"brand":"EPYC","current_load":{"avgLoad":0.4,"currentLoad":12.5,"currentLoadUser":9.1}},
                 "memory":{"total":25276510208,"rss":255504384,"heapTotal":86171648,"heapUsed":60164280},
                 "threads":[{"threadId":1,"name":"http","heapUsed":53894520,"utilization":0.819},
                            {"threadId":2,"name":"http","heapUsed":1,"utilization":0.1}]}""");
        JsonNode describeAll = JSON.readTree("""
                {"data":{"Product":{"name":"Product","db_size":45056,"record_count":3},
                         "Order":{"name":"Order","db_size":45056,"record_count":0}},
                 "probe":{"dog":{"name":"dog","db_size":8192}}}""");
        MetricsSnapshot s = MetricsSnapshot.of(
                Instant.EPOCH, info, 1795314568747.0 - 145_000, MetricsSnapshot.dbSize(describeAll), 3.5, 0.25);
        assertThat(s)
                .isEqualTo(new MetricsSnapshot(
                        Instant.EPOCH, 12.5, 60164280, 86171648, 255504384, 2, 145.0, 45056 + 8192, 3.5, 0.25));
    }

    /**
     * {@code time.uptime} is the host's uptime (Node's {@code os.uptime()}), which the consoles showed as Harper's;
     * Harper's own start is its process's {@code started}, the host's local time, with the offset in
     * {@code time.timezone}.
     */
    @Test
    void uptimeIsHarpersProcessNotTheHosts() throws Exception {
        JsonNode info = JSON.readTree("""
                {"time":{"current":1795314568747,"uptime":419.44,"timezone":"UTC+0000","timezoneName":"Etc/UTC"},
                 "harperdb_processes":{"core":[{"pid":8170,"parentPid":8169,"name":"node","cpu":0.9,"mem":1,
                   "memVsz":1180620,"memRss":249784,"nice":0,"started":"2026-11-22 02:27:03","state":"sleeping",
                   "tty":"","user":"harper","command":"node","params":"node_modules/.bin/harperdb","path":"/usr/bin"}],
                  "clustering":[]},
                 "threads":[{"threadId":1,"name":"http","heapUsed":53894520,"utilization":0.819}]}""");
        double started = MetricsSnapshot.processStart(info);
        assertThat(started).isEqualTo(Instant.parse("2026-11-22T02:27:03Z").toEpochMilli());

        MetricsSnapshot s = MetricsSnapshot.of(Instant.EPOCH, info, started, 0, 0, 0);
        assertThat(s.uptimeSeconds()).isCloseTo(145.747, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(s.uptimeText()).isEqualTo("2 min 25 s");
        assertThat(s.threads()).isEqualTo(1);

        // a host east of Greenwich writes its own wall clock: 03:27:03 at +01:00 is the same instant
        JsonNode cet = JSON.readTree(
                info.toString().replace("UTC+0000", "CET+0100").replace("2026-11-22 02:27:03", "2026-11-22 03:27:03"));
        assertThat(MetricsSnapshot.processStart(cet)).isEqualTo(started);

        // Harper without its process listed (no hdb.pid) or without a timezone: unknown, never the host's uptime
        JsonNode bare = JSON.readTree("{\"time\":{\"current\":1795314568747,\"uptime\":419.44}}");
        assertThat(MetricsSnapshot.processStart(bare)).isNaN();
        MetricsSnapshot unknown = MetricsSnapshot.of(Instant.EPOCH, bare, Double.NaN, 0, 0, 0);
        assertThat(unknown.uptimeSeconds()).isNaN();
        assertThat(unknown.uptimeText()).isEqualTo("unknown");
    }

    @Test
    void rateCountsOnlyTheNewestAggregationPeriod() throws Exception {
        List<JsonNode> records = List.of(
                record("{\"period\":60000,\"metric\":\"duration\",\"path\":\"Product\",\"method\":\"GET\","
                        + "\"count\":54,\"time\":1795314656323.27}"),
                record("{\"period\":60000,\"metric\":\"duration\",\"path\":\"Product\",\"method\":\"PUT\","
                        + "\"count\":6,\"time\":1795314656324.1}"),
                record("{\"period\":60000,\"metric\":\"duration\",\"path\":\"Product\",\"method\":\"GET\","
                        + "\"count\":999,\"time\":1795314596320.0}"));
        assertThat(MetricsSnapshot.rate(records)).isEqualTo(1.0); // (54 + 6) / 60 s; the older period is left out
        assertThat(MetricsSnapshot.rate(List.of())).isZero();
    }

    @Test
    void historyKeepsItsWindow() {
        MetricsHistory history = new MetricsHistory(Duration.ofSeconds(10));
        for (int t = 0; t <= 30; t += 2) {
            history.add(new MetricsSnapshot(Instant.ofEpochSecond(t), t, 0, 0, 0, 1, t, 0, 0, 0));
        }
        assertThat(history.snapshots())
                .extracting(s -> s.time().getEpochSecond())
                .containsExactly(20L, 22L, 24L, 26L, 28L, 30L);
        assertThat(history.latest().cpuPercent()).isEqualTo(30);
        assertThatThrownBy(() -> new MetricsHistory(Duration.ZERO)).hasMessageContaining("positive");
    }

    private static JsonNode record(String json) throws Exception {
        return JSON.readTree(json);
    }
}
