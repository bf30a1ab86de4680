package dev.pilothouse.web.e2e;

import dev.pilothouse.runtime.HarperEndpoint;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The live-grid benchmark's load: paced PUTs of {@code records} records in turn, write {@code seq} naming its
 * record {@code "v" + seq}. Non-blocking HTTP with a bounded number in flight, so the writer's own threads cost
 * the machine little next to Harper, the console and the browser it measures.
 */
final class GridWriter {

    record Result(long acked, long failed, double seconds, long lastAckNanos) {
        double perSecond() {
            return acked / seconds;
        }
    }

    static final int IN_FLIGHT = 64;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;
    private final String auth;

    GridWriter(HarperEndpoint endpoint) {
        this.base = endpoint.httpUrl().toString().replaceAll("/$", "") + "/Product/grid-";
        this.auth = endpoint.credentials().authorizationHeader();
    }

    Result run(int records, int rate, int seconds) throws InterruptedException {
        int total = rate * seconds;
        Semaphore permits = new Semaphore(IN_FLIGHT);
        AtomicLong acked = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong lastAck = new AtomicLong();
        long start = System.nanoTime();
        for (int seq = 0; seq < total; seq++) {
            long wait = start + seq * 1_000_000_000L / rate - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (!permits.tryAcquire(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Harper answered no PUT for 30 s");
            }
            int record = seq % records;
            String body = String.format(
                    Locale.ROOT, "{\"id\":\"grid-%d\",\"name\":\"v%d\",\"price\":1.0,\"stock\":%d}", record, seq, seq);
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + record))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header("Authorization", auth)
                    .PUT(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                if (error == null && response.statusCode() / 100 == 2) {
                    acked.incrementAndGet();
                    lastAck.accumulateAndGet(System.nanoTime(), Math::max);
                } else {
                    failed.incrementAndGet();
                }
                permits.release();
            });
        }
        if (!permits.tryAcquire(IN_FLIGHT, 60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("PUTs still outstanding after 60 s");
        }
        return new Result(acked.get(), failed.get(), (lastAck.get() - start) / 1e9, lastAck.get());
    }
}
