package dev.pilothouse.runtime.bench;

import static dev.pilothouse.runtime.bench.LiveDeliveryBenchmark.nowMillis;
import static dev.pilothouse.runtime.bench.LiveDeliveryBenchmark.pct;

import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.runtime.HarperEndpoint;
import dev.pilothouse.runtime.HarperInstaller;
import dev.pilothouse.runtime.LiveEvent;
import dev.pilothouse.runtime.LiveStream;
import dev.pilothouse.runtime.LiveStreams;
import dev.pilothouse.runtime.LocalRuntime;
import dev.pilothouse.runtime.RuntimeNode;
import dev.pilothouse.runtime.StartOptions;
import dev.pilothouse.runtime.StreamOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

/**
 * Where put-to-delivery time goes (see docs/benchmarks.md). One fresh local Harper, the bench app, and a bridge
 * WebSocket subscription to {@code /BenchEvent/}, whose events carry Harper's own record version (the transaction's
 * timestamp, taken when Harper starts the write). Each writer in turn sends paced records carrying {@code sentAt};
 * per event the benchmark splits receipt − sentAt into sentAt → version (request to Harper's write) and version →
 * receipt (commit, publish, delivery), and times each writer's own acknowledgement. {@code --set=key:value,...}
 * first applies Harper settings through {@code set_configuration} (e.g. {@code storage_writeAsync:true}, no fsync
 * per commit; {@code storage_compression:false}) and restarts the node.
 */
public final class WritePathBenchmark {

    record Sample(double sentAt, double version, double receivedAt) {}

    private WritePathBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = LiveDeliveryBenchmark.options(args);
        int events = Integer.parseInt(opt.getOrDefault("events", "500"));
        int rate = Integer.parseInt(opt.getOrDefault("rate", "50"));
        Map<String, Object> settings = settings(opt.getOrDefault("set", ""));
        Path work = Path.of(opt.getOrDefault("dir", "target/bench-write-path")).toAbsolutePath();
        LocalRuntime runtime = new LocalRuntime(work.resolve("harper"), HarperInstaller.forCurrentUser());
        runtime.stop();
        LiveDeliveryBenchmark.deleteTree(work.resolve("harper"));
        // writeAsync is a start option of its own: every start writes it, so a set_configuration of it would be undone
        boolean writeAsync = Boolean.TRUE.equals(settings.remove("storage_writeAsync"));
        StartOptions start = new StartOptions(
                1,
                true,
                null,
                Duration.ofSeconds(120),
                line -> {},
                writeAsync ? StartOptions.Commits.ASYNC : StartOptions.Commits.DURABLE);
        RuntimeNode node = runtime.start(start).get(0);
        try {
            if (!settings.isEmpty()) {
                runtime.client(node).call("set_configuration", settings);
                node = runtime.restart(start).get(0);
            }
            runtime.deployer(node).deploy(LiveDeliveryBenchmark.appDir(), "bench", Duration.ofSeconds(90));
            HarperEndpoint endpoint = runtime.endpoint(node);
            HarperClient client = runtime.client(node);
            var all = client.call("get_configuration", Map.of());
            String config = all.path("storage").toString() + ", analytics " + all.path("analytics");
            StringBuilder out = new StringBuilder(String.format(
                    Locale.ROOT,
                    "storage: %s%n%n| writer | ack p50 / p99 "
                            + "ms | sentAt->receipt p50 / p99 / max ms | sentAt->version p50 / p99 ms | version->receipt "
                            + "p50 / p99 ms |%n|---|---|---|---|---|%n",
                    config));
            for (String writer : new String[] {"rest-jdk", "rest-nodelay", "mqtt-qos0", "mqtt-qos1"}) {
                Map<String, Sample> seen = new ConcurrentHashMap<>();
                String run = writer + "-" + UUID.randomUUID().toString().substring(0, 6);
                try (LiveStream stream = new LiveStreams(endpoint)
                                .webSocket("/BenchEvent/", StreamOptions.DEFAULTS, collector(run, seen));
                        Writers writers = new Writers(endpoint, runtime.credentials())) {
                    Thread.sleep(1000); // subscribed, table replay done
                    double[] acks = new double[events];
                    long t0 = System.nanoTime();
                    for (int i = 0; i < events; i++) {
                        long wait = t0 + (long) (i * 1e9 / rate) - System.nanoTime();
                        if (wait > 0) {
                            TimeUnit.NANOSECONDS.sleep(wait);
                        }
                        acks[i] = writers.write(writer, run, i);
                    }
                    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                    while (seen.size() < events && System.nanoTime() < deadline) {
                        Thread.sleep(50);
                    }
                    out.append(row(writer, acks, seen.values().toArray(Sample[]::new), events));
                }
            }
            System.out.println();
            System.out.print(out);
            Files.createDirectories(work);
            Files.writeString(
                    work.resolve(
                            "result" + (settings.isEmpty() ? "" : "-" + String.join("-", settings.keySet())) + ".md"),
                    out.toString());
        } finally {
            runtime.stop();
        }
    }

    /** {@code storage_writeAsync:true,storage_compression:false} → typed values for set_configuration. */
    static Map<String, Object> settings(String text) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (String pair : text.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] kv = pair.split(":", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("--set expects key:value pairs, got " + pair);
            }
            String v = kv[1].strip();
            out.put(
                    kv[0].strip(),
                    v.equals("true") || v.equals("false")
                            ? Boolean.valueOf(v)
                            : v.matches("-?\\d+") ? Long.valueOf(v) : v);
        }
        return out;
    }

    static Flow.Subscriber<LiveEvent> collector(String run, Map<String, Sample> seen) {
        return new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription s) {
                s.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(LiveEvent event) {
                double now = nowMillis();
                if (event instanceof LiveEvent.Change c
                        && !c.replay()
                        && c.value() != null
                        && run.equals(c.value().path("run").asText())) {
                    seen.putIfAbsent(c.id(), new Sample(c.value().path("sentAt").asDouble(), c.version(), now));
                }
            }

            @Override
            public void onError(Throwable t) {
                System.out.println("stream failed: " + t);
            }

            @Override
            public void onComplete() {}
        };
    }

    static String row(String writer, double[] acks, Sample[] samples, int expected) {
        double[] total = new double[samples.length];
        double[] before = new double[samples.length];
        double[] after = new double[samples.length];
        for (int i = 0; i < samples.length; i++) {
            total[i] = samples[i].receivedAt() - samples[i].sentAt();
            before[i] = samples[i].version() - samples[i].sentAt();
            after[i] = samples[i].receivedAt() - samples[i].version();
        }
        Arrays.sort(acks);
        Arrays.sort(total);
        Arrays.sort(before);
        Arrays.sort(after);
        return String.format(
                Locale.ROOT,
                "| %s (%d/%d delivered) | %.2f / %.2f | %.2f / %.2f / %.2f | %.2f / %.2f | " + "%.2f / %.2f |%n",
                writer,
                samples.length,
                expected,
                pct(acks, 0.5),
                pct(acks, 0.99),
                pct(total, 0.5),
                pct(total, 0.99),
                pct(total, 1),
                pct(before, 0.5),
                pct(before, 0.99),
                pct(after, 0.5),
                pct(after, 0.99));
    }
}
