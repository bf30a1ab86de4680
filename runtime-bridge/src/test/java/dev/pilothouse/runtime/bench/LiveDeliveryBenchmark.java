package dev.pilothouse.runtime.bench;

import dev.pilothouse.runtime.HarperEndpoint;
import dev.pilothouse.runtime.HarperInstaller;
import dev.pilothouse.runtime.LiveEvent;
import dev.pilothouse.runtime.LiveStream;
import dev.pilothouse.runtime.LiveStreams;
import dev.pilothouse.runtime.LocalRuntime;
import dev.pilothouse.runtime.RuntimeNode;
import dev.pilothouse.runtime.StartOptions;
import dev.pilothouse.runtime.StreamOptions;
import dev.pilothouse.runtime.StreamStats;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Live-delivery benchmark (run through the {@code bench} profile, never by {@code verify}; see docs/benchmarks.md).
 * Starts a fresh local Harper, deploys a one-table app, and subscribes two MQTT clients to {@code BenchEvent/#}:
 * the bridge ({@link LiveStreams#mqtt}) and a reference subscriber nobody here wrote (the npm {@code mqtt} client,
 * pinned, installed into {@code ~/.cache/pilothouse/bench}). A writer PUTs records carrying {@code sentAt} (epoch
 * ms taken right before each PUT). Phase 0 paces writes to measure put-to-delivery latency; phase 1 writes a burst
 * as fast as Harper takes them, for the sustained delivered rate of both subscribers and the bridge JVM's used heap
 * after GC before and after the burst. Every wait is bounded in count and time.
 */
public final class LiveDeliveryBenchmark {

    static final String MQTT_JS = "mqtt@5.16.0";
    static final String TOPIC = "BenchEvent/#";

    private LiveDeliveryBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        int latencyEvents = Integer.parseInt(opt.getOrDefault("latency-events", "1000"));
        int latencyRate = Integer.parseInt(opt.getOrDefault("latency-rate", "50"));
        int burstEvents = Integer.parseInt(opt.getOrDefault("burst-events", "100000"));
        int inFlight = Integer.parseInt(opt.getOrDefault("in-flight", "32"));
        int redeploys = Integer.parseInt(opt.getOrDefault("redeploys", "5"));
        Duration limit = Duration.ofSeconds(Long.parseLong(opt.getOrDefault("timeout-s", "600")));
        Path work = Path.of(opt.getOrDefault("dir", "target/bench-live")).toAbsolutePath();
        int[] expected = {latencyEvents, burstEvents};
        StartOptions.Commits commits = Boolean.parseBoolean(opt.getOrDefault("write-async", "false"))
                ? StartOptions.Commits.ASYNC
                : StartOptions.Commits.DURABLE;

        Path reference = installReferenceClient();
        Files.createDirectories(work);
        LocalRuntime runtime = new LocalRuntime(work.resolve("harper"), HarperInstaller.forCurrentUser());
        runtime.stop();
        deleteTree(work.resolve("harper")); // a fresh table: subscribers see no replay of earlier runs
        Instant t0 = Instant.now();
        RuntimeNode node = runtime.start(new StartOptions(1, true, null, Duration.ofSeconds(120), line -> {}, commits))
                .get(0);
        System.out.printf(
                "Harper %s started in %d ms%n",
                node.operationsUrl(), Duration.between(t0, Instant.now()).toMillis());
        // the result names the commit mode Harper itself reports, not the one asked for
        opt.put(
                "harper storage.writeAsync",
                runtime.client(node)
                        .call("get_configuration", Map.of())
                        .path("storage")
                        .path("writeAsync")
                        .asText("?"));
        Process referenceProcess = null;
        try {
            runtime.deployer(node).deploy(appDir(), "bench", Duration.ofSeconds(90));
            if (redeploys > 0) {
                System.out.println(DeployTimings.measure(runtime.deployer(node), appDir(), "bench", redeploys));
            }
            HarperEndpoint endpoint = runtime.endpoint(node);
            String run = UUID.randomUUID().toString().substring(0, 8);

            // reference subscriber first, then the bridge; both are subscribed before any write
            referenceProcess = new ProcessBuilder(
                            "node",
                            reference.toString(),
                            "mqtt://" + endpoint.mqttHost() + ":" + endpoint.mqttPort(),
                            runtime.credentials().username(),
                            runtime.credentials().password(),
                            TOPIC,
                            run,
                            latencyEvents + "," + burstEvents,
                            Long.toString(limit.toSeconds()))
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            ReferenceOutput referenceOut = new ReferenceOutput(referenceProcess.getInputStream());
            if (!referenceOut.ready.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("reference subscriber did not subscribe within 30 s");
            }
            BridgeSubscriber bridge = new BridgeSubscriber(run, expected);
            try (LiveStream stream = new LiveStreams(endpoint).mqtt(TOPIC, StreamOptions.DEFAULTS, bridge)) {
                Thread.sleep(500); // past the MQTT replay window; the table is empty anyway
                Writer writer = new Writer(endpoint, run, inFlight);

                System.out.printf("phase 0: %d records paced at %d/s%n", latencyEvents, latencyRate);
                Writer.Result paced = writer.write(0, latencyEvents, latencyRate, limit);
                bridge.await(0, Duration.ofSeconds(60));

                long heapBefore = usedHeapAfterGc();
                HeapSampler sampler = new HeapSampler();
                sampler.start();
                System.out.printf("phase 1: %d records, %d PUTs in flight%n", burstEvents, inFlight);
                Writer.Result burst = writer.write(1, burstEvents, 0, limit);
                bridge.await(1, limit);
                sampler.stop();
                long heapAfter = usedHeapAfterGc();
                StreamStats stats = stream.stats();
                Map<String, Object> referenceResult = referenceOut.result(Duration.ofSeconds(120));
                report(
                        opt,
                        paced,
                        burst,
                        bridge,
                        referenceResult,
                        heapBefore,
                        heapAfter,
                        sampler.peak(),
                        stats,
                        work.resolve("result.md"));
            }
        } finally {
            if (referenceProcess != null) {
                referenceProcess.destroy();
            }
            runtime.stop();
        }
    }

    // ------------------------------------------------------------------ the reference client

    /** Installs the pinned npm mqtt client once into the per-user cache and copies the subscriber script next to it. */
    static Path installReferenceClient() throws IOException, InterruptedException {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        Path dir = base.resolve("pilothouse/bench").resolve(MQTT_JS.replace('@', '-'));
        if (!Files.isRegularFile(dir.resolve("node_modules/mqtt/package.json"))) {
            Path staging = dir.resolveSibling(
                    dir.getFileName() + ".installing-" + ProcessHandle.current().pid());
            Files.createDirectories(staging);
            System.out.println("installing " + MQTT_JS + " into " + dir);
            Process npm = new ProcessBuilder(
                            "npm",
                            "install",
                            "--prefix",
                            staging.toString(),
                            MQTT_JS,
                            "--no-audit",
                            "--no-fund",
                            "--loglevel=error")
                    .inheritIO()
                    .start();
            if (!npm.waitFor(180, TimeUnit.SECONDS) || npm.exitValue() != 0) {
                npm.destroyForcibly();
                throw new IllegalStateException("npm install " + MQTT_JS + " failed or took over 180 s");
            }
            Files.createDirectories(dir.getParent());
            deleteTree(dir);
            Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
        }
        Path script = dir.resolve("reference-subscriber.mjs");
        try (InputStream in = LiveDeliveryBenchmark.class.getResourceAsStream("/bench/reference-subscriber.mjs")) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        return script;
    }

    /** Reads the reference subscriber's stdout: READY once subscribed, then one RESULT line. */
    static final class ReferenceOutput {
        final CountDownLatch ready = new CountDownLatch(1);
        final CompletableFuture<String> result = new CompletableFuture<>();

        ReferenceOutput(InputStream stdout) {
            Thread.ofPlatform().daemon().name("reference-subscriber-out").start(() -> {
                try (BufferedReader reader =
                        new BufferedReader(new InputStreamReader(stdout, StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        if (line.equals("READY")) {
                            ready.countDown();
                        } else if (line.startsWith("RESULT ")) {
                            result.complete(line.substring("RESULT ".length()));
                        }
                    }
                    result.completeExceptionally(
                            new IllegalStateException("reference subscriber ended without a result"));
                } catch (IOException e) {
                    result.completeExceptionally(e);
                }
            });
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> result(Duration wait) throws Exception {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .readValue(result.get(wait.toMillis(), TimeUnit.MILLISECONDS), Map.class);
        }
    }

    // ------------------------------------------------------------------ the bridge subscriber

    /** Records per phase the receipt time and put-to-delivery latency of this run's records (arrays presized). */
    static final class BridgeSubscriber implements Flow.Subscriber<LiveEvent> {
        final String run;
        final int[] expected;
        final int[] count;
        final double[][] latency;
        /** Paho's callback (the event's localTime, ms) to this subscriber's onNext: what the bridge itself adds. */
        final double[][] internal;

        final double[] first;
        final double[] last;
        final CountDownLatch[] done;
        final AtomicLong other = new AtomicLong();

        BridgeSubscriber(String run, int[] expected) {
            this.run = run;
            this.expected = expected;
            this.count = new int[expected.length];
            this.latency = new double[expected.length][];
            this.internal = new double[expected.length][];
            this.first = new double[expected.length];
            this.last = new double[expected.length];
            this.done = new CountDownLatch[expected.length];
            for (int i = 0; i < expected.length; i++) {
                latency[i] = new double[expected[i]];
                internal[i] = new double[expected[i]];
                done[i] = new CountDownLatch(expected[i] == 0 ? 0 : 1);
            }
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(LiveEvent event) {
            double now = nowMillis();
            if (!(event instanceof LiveEvent.Change change)
                    || change.value() == null
                    || !run.equals(change.value().path("run").asText())) {
                other.incrementAndGet();
                return;
            }
            int phase = change.value().path("phase").asInt(-1);
            if (phase < 0 || phase >= expected.length || count[phase] >= expected[phase]) {
                other.incrementAndGet();
                return;
            }
            int n = count[phase];
            if (n == 0) {
                first[phase] = now;
            }
            last[phase] = now;
            latency[phase][n] = now - change.value().path("sentAt").asDouble();
            internal[phase][n] = System.currentTimeMillis() - change.localTime();
            count[phase] = n + 1;
            if (n + 1 == expected[phase]) {
                done[phase].countDown();
            }
        }

        void await(int phase, Duration limit) throws InterruptedException {
            if (!done[phase].await(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                System.out.printf(
                        "bridge: phase %d incomplete after %s (%d of %d)%n",
                        phase, limit, count[phase], expected[phase]);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            System.out.println("bridge stream failed: " + throwable);
            for (CountDownLatch latch : done) {
                latch.countDown();
            }
        }

        @Override
        public void onComplete() {
            // closed by the benchmark
        }
    }

    static double nowMillis() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1000.0 + now.getNano() / 1_000_000.0;
    }

    // ------------------------------------------------------------------ the writer

    /** PUTs records {run, phase, seq, sentAt} with at most {@code inFlight} requests outstanding, optionally paced. */
    static final class Writer {
        private final HarperEndpoint endpoint;
        private final String run;
        private final int inFlight;
        private final HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();

        /** {@code roundTrip}: sorted PUT round-trip times in ms (request built to response), one per PUT. */
        record Result(int sent, int failed, double seconds, double[] roundTrip) {
            double perSecond() {
                return sent / seconds;
            }
        }

        Writer(HarperEndpoint endpoint, String run, int inFlight) {
            this.endpoint = endpoint;
            this.run = run;
            this.inFlight = inFlight;
        }

        Result write(int phase, int n, int ratePerSecond, Duration limit) throws InterruptedException {
            Semaphore permits = new Semaphore(inFlight);
            AtomicLong failed = new AtomicLong();
            double[] roundTrip = new double[n];
            String auth = endpoint.credentials().authorizationHeader();
            long start = System.nanoTime();
            long deadline = start + limit.toNanos();
            int sent = 0;
            for (int i = 0; i < n && System.nanoTime() < deadline; i++) {
                if (ratePerSecond > 0) {
                    long due = start + (long) (i * 1e9 / ratePerSecond);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                }
                if (!permits.tryAcquire(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("Harper answered no PUT for 30 s");
                }
                String id = run + "-" + phase + "-" + i;
                double sentAt = nowMillis();
                String body = String.format(
                        Locale.ROOT, "{\"run\":\"%s\",\"phase\":%d,\"seq\":%d,\"sentAt\":%.3f}", run, phase, i, sentAt);
                int slot = i;
                HttpRequest request = HttpRequest.newBuilder(
                                URI.create(endpoint.httpUrl().toString().replaceAll("/$", "") + "/BenchEvent/" + id))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .header("Authorization", auth)
                        .PUT(HttpRequest.BodyPublishers.ofString(body))
                        .build();
                http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                    roundTrip[slot] = nowMillis() - sentAt;
                    if (error != null || response.statusCode() / 100 != 2) {
                        failed.incrementAndGet();
                    }
                    permits.release();
                });
                sent++;
            }
            if (!permits.tryAcquire(inFlight, 60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("PUTs still outstanding after 60 s");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double[] times = Arrays.copyOf(roundTrip, sent);
            Arrays.sort(times);
            return new Result(sent, (int) failed.get(), seconds, times);
        }
    }

    // ------------------------------------------------------------------ heap

    static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Samples used heap (not after GC) every 20 ms; its peak shows what the burst costs in flight. */
    static final class HeapSampler {
        private volatile boolean running = true;
        private final AtomicLong peak = new AtomicLong();
        private Thread thread;

        void start() {
            thread = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
                while (running) {
                    peak.accumulateAndGet(
                            ManagementFactory.getMemoryMXBean()
                                    .getHeapMemoryUsage()
                                    .getUsed(),
                            Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join(1000);
        }

        long peak() {
            return peak.get();
        }
    }

    // ------------------------------------------------------------------ report

    @SuppressWarnings("unchecked")
    static void report(
            Map<String, String> opt,
            Writer.Result paced,
            Writer.Result burst,
            BridgeSubscriber bridge,
            Map<String, Object> reference,
            long heapBefore,
            long heapAfter,
            long heapPeak,
            StreamStats stats,
            Path file)
            throws IOException {
        List<Map<String, Object>> refPhases = (List<Map<String, Object>>) reference.get("phases");
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "writer: phase 0 %d PUTs in %.2f s (%.0f/s, %d failed); "
                        + "phase 1 %d PUTs in %.2f s (%.0f/s, %d failed)%n",
                paced.sent(),
                paced.seconds(),
                paced.perSecond(),
                paced.failed(),
                burst.sent(),
                burst.seconds(),
                burst.perSecond(),
                burst.failed()));
        out.append(String.format(
                Locale.ROOT,
                "PUT round trip (writer, for comparison): phase 0 p50 %.2f / p99 %.2f / "
                        + "max %.2f ms; phase 1 p50 %.2f / p99 %.2f / max %.2f ms%n",
                pct(paced.roundTrip(), 0.5),
                pct(paced.roundTrip(), 0.99),
                pct(paced.roundTrip(), 1),
                pct(burst.roundTrip(), 0.5),
                pct(burst.roundTrip(), 0.99),
                pct(burst.roundTrip(), 1)));
        out.append(
                "| subscriber | phase | delivered | events/s | p50 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|\n");
        double[] bridgeRate = new double[2];
        double[] refRate = new double[2];
        double[] bridgeP99 = new double[2];
        double[] refP99 = new double[2];
        for (int phase = 0; phase < 2; phase++) {
            int n = bridge.count[phase];
            double[] lat = Arrays.copyOf(bridge.latency[phase], n);
            Arrays.sort(lat);
            bridgeRate[phase] = rate(n, bridge.first[phase], bridge.last[phase]);
            bridgeP99[phase] = pct(lat, 0.99);
            out.append(String.format(
                    Locale.ROOT,
                    "| bridge (LiveStreams.mqtt, Paho) | %d | %d/%d | %.0f | %.2f | %.2f | %.2f |%n",
                    phase,
                    n,
                    bridge.expected[phase],
                    bridgeRate[phase],
                    pct(lat, 0.5),
                    bridgeP99[phase],
                    pct(lat, 1)));
            Map<String, Object> r = refPhases.get(phase);
            int rn = ((Number) r.get("count")).intValue();
            refRate[phase] = rate(rn, num(r.get("firstAt")), num(r.get("lastAt")));
            refP99[phase] = num(r.get("p99"));
            out.append(String.format(
                    Locale.ROOT,
                    "| reference (npm %s) | %d | %d/%d | %.0f | %.2f | %.2f | %.2f |%n",
                    MQTT_JS,
                    phase,
                    rn,
                    bridge.expected[phase],
                    refRate[phase],
                    num(r.get("p50")),
                    refP99[phase],
                    num(r.get("max"))));
        }
        for (int phase = 0; phase < 2; phase++) {
            double[] in = Arrays.copyOf(bridge.internal[phase], bridge.count[phase]);
            Arrays.sort(in);
            out.append(String.format(
                    Locale.ROOT,
                    "bridge-internal delay (Paho callback -> onNext, ms clock), phase %d: "
                            + "p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                    phase,
                    pct(in, 0.5),
                    pct(in, 0.99),
                    pct(in, 1)));
        }
        double ratio = bridgeRate[1] / refRate[1];
        long growth = heapAfter - heapBefore;
        out.append(String.format(
                Locale.ROOT,
                "%nsustained rate (phase 1) bridge/reference: %.3f (target >= 0.95) %s%n",
                ratio,
                ratio >= 0.95 ? "PASS" : "FAIL"));
        out.append(String.format(
                Locale.ROOT,
                "p99 put->delivery, paced phase 0: bridge %.2f ms, reference %.2f ms " + "(target <= 20 ms) %s%n",
                bridgeP99[0],
                refP99[0],
                bridgeP99[0] <= 20 ? "PASS" : "FAIL"));
        out.append(String.format(
                Locale.ROOT,
                "p99 put->delivery, burst phase 1: bridge %.2f ms, reference %.2f ms%n",
                bridgeP99[1],
                refP99[1]));
        out.append(String.format(
                Locale.ROOT,
                "bridge JVM used heap after GC: before %.1f MB, after %.1f MB, growth "
                        + "%.1f MB (target <= 64 MB) %s; peak sampled during the burst %.1f MB%n",
                mb(heapBefore),
                mb(heapAfter),
                mb(growth),
                growth <= 64L << 20 ? "PASS" : "FAIL",
                mb(heapPeak)));
        out.append(String.format(
                Locale.ROOT,
                "bridge stream stats: received %d, delivered %d, dropped %d, reconnects %d; "
                        + "ignored (not this run) bridge %d, reference %s; reference ended: %s%n",
                stats.received(),
                stats.delivered(),
                stats.dropped(),
                stats.reconnects(),
                bridge.other.get(),
                reference.get("other"),
                reference.get("reason")));
        out.append("options: ")
                .append(opt)
                .append(", JVM ")
                .append(Runtime.version())
                .append(", max heap ")
                .append(Runtime.getRuntime().maxMemory() >> 20)
                .append(" MB, cores ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(", load average at the end ")
                .append(String.format(
                        Locale.ROOT,
                        "%.2f",
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
                .append('\n');
        System.out.println();
        System.out.print(out);
        Files.writeString(file, out.toString());
        System.out.println("written to " + file);
    }

    static double rate(int n, double first, double last) {
        return n < 2 || last <= first ? Double.NaN : (n - 1) * 1000.0 / (last - first);
    }

    static double pct(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    static double num(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    // ------------------------------------------------------------------ plumbing

    static Map<String, String> options(String[] args) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                out.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else if (!arg.isBlank()) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
        }
        return out;
    }

    static Path appDir() throws Exception {
        return Path.of(LiveDeliveryBenchmark.class
                        .getResource("/apps/bench/schema.graphql")
                        .toURI())
                .getParent();
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.forEach(paths::add);
        }
        paths.sort(Comparator.reverseOrder());
        for (Path p : paths) {
            Files.deleteIfExists(p);
        }
    }
}
