package dev.pilothouse.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.runtime.LiveEvent;
import dev.pilothouse.runtime.LiveStream;
import dev.pilothouse.web.runtime.HarperConnection;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The data view's live grid under a paced 1,000 updates/s (not part of {@code verify}: run it with
 * {@code -Dtest=LiveGridBenchmark}, see docs/benchmarks.md). A writer PUTs {@code K} records of {@code data.Product}
 * in turn for {@code D} seconds while headless Chromium shows them; a reference subscriber (the bridge's own table
 * stream, in the same JVM, on the same table) counts the events Harper published. Afterwards: how many events the
 * grid's server side took in against the reference, and how long after the last write the browser's grid shows
 * exactly the state Harper holds (read back per record) for every one of the {@code K} rows.
 */
class LiveGridBenchmark {

    @Test
    void theGridKeepsTheLatestStateUnderAThousandUpdatesPerSecond() throws Exception {
        int records = Integer.getInteger("bench.records", 15); // all visible in the 1280x800 window
        int rate = Integer.getInteger("bench.rate", 1000);
        int seconds = Integer.getInteger("bench.seconds", 20);
        WebFixture web = WebFixture.get();
        BenchUser.ensure(web);
        HarperClient harper = web.harper();
        harper.sql("DELETE FROM data.Product");
        for (int k = 0; k < records; k++) {
            harper.rest().put("/Product/grid-" + k, Map.of("id", "grid-" + k, "name", "start", "price", 1.0,
                    "stock", 0));
        }
        HarperConnection connection = web.bean(HarperConnection.class);
        var table = connection.tables().stream().filter(t -> t.table().equals("Product")).findFirst().orElseThrow();
        AtomicLong referenceEvents = new AtomicLong();
        try (Browser browser = new Browser(web.baseUrl);
             LiveStream referenceStream = connection.subscribe(table, counting(referenceEvents))) {
            browser.signIn(BenchUser.NAME, BenchUser.PASSWORD);
            browser.open("data?table=data.Product");
            browser.until(d -> d.findElement(By.id("data-status")).getText().contains("live"), "the live grid");
            Thread.sleep(1_000); // both subscriptions past their initial replay
            long referenceBefore = referenceEvents.get();
            long gridBefore = gridChanges(browser);

            Writer.Result written = Writer.run(harper, records, rate, seconds);
            long lastAck = written.lastAckNanos();
            List<String> expected = new ArrayList<>();
            for (int k = 0; k < records; k++) {
                expected.add(harper.rest().get("/Product/grid-" + k).orElseThrow().path("name").asText());
            }
            long convergedAt = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                List<String> cells = browser.driver.findElements(By.cssSelector("#rows vaadin-grid-cell-content"))
                        .stream().map(e -> e.getText()).toList();
                if (cells.containsAll(expected)) {
                    convergedAt = System.nanoTime();
                    break;
                }
                Thread.sleep(20);
            }
            Thread.sleep(1_500); // let the last events of both subscribers arrive before counting
            long reference = referenceEvents.get() - referenceBefore;
            long grid = gridChanges(browser) - gridBefore;
            double lagMs = convergedAt == 0 ? Double.NaN : (convergedAt - lastAck) / 1e6;
            String result = String.format(Locale.ROOT, "%d records, paced %d/s for %d s%n"
                            + "writer: %d PUTs acknowledged in %.2f s (%.0f/s), %d failed%n"
                            + "reference subscriber (bridge table stream): %d events; grid's server side: %d changes"
                            + " (ratio %.3f)%n"
                            + "grid shows Harper's final state of every record %.0f ms after the last acknowledged write"
                            + " (%s); load average %.2f%n",
                    records, rate, seconds, written.acked(), written.seconds(), written.acked() / written.seconds(),
                    written.failed(), reference, grid, (double) grid / reference, lagMs,
                    convergedAt == 0 ? "NOT within 30 s" : "converged",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            Path out = WebFixture.TARGET.resolve("bench-grid/result.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, result);
            System.out.print(result);
            assertThat(convergedAt).as("the grid converged to Harper's state").isNotZero();
            assertThat((double) grid / reference).as("changes taken in / reference").isGreaterThanOrEqualTo(0.99);
        }
    }

    /** The "N changes received" figure of the data view's status line. */
    private static long gridChanges(Browser browser) {
        String status = browser.driver.findElement(By.id("data-status")).getText();
        var m = java.util.regex.Pattern.compile("(\\d+) changes received").matcher(status);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static Flow.Subscriber<LiveEvent> counting(AtomicLong count) {
        return new Flow.Subscriber<>() {
            public void onSubscribe(Flow.Subscription s) {
                s.request(Long.MAX_VALUE);
            }

            public void onNext(LiveEvent e) {
                if (e instanceof LiveEvent.Change) {
                    count.incrementAndGet();
                }
            }

            public void onError(Throwable t) {
            }

            public void onComplete() {
            }
        };
    }

    /** Paced PUTs, at most 32 in flight, each record getting a new name per write ("v" + sequence). */
    static final class Writer {

        record Result(long acked, long failed, double seconds, long lastAckNanos) {
        }

        static Result run(HarperClient harper, int records, int rate, int seconds) throws InterruptedException {
            int total = rate * seconds;
            ExecutorService pool = Executors.newFixedThreadPool(32);
            Semaphore inFlight = new Semaphore(32);
            AtomicLong acked = new AtomicLong();
            AtomicLong failed = new AtomicLong();
            AtomicLong lastAck = new AtomicLong();
            long start = System.nanoTime();
            for (int i = 0; i < total; i++) {
                long due = start + i * 1_000_000_000L / rate;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                inFlight.acquire();
                int seq = i;
                pool.execute(() -> {
                    try {
                        String id = "grid-" + (seq % records);
                        harper.rest().put("/Product/" + id, Map.of("id", id, "name", "v" + seq, "price", 1.0,
                                "stock", seq));
                        acked.incrementAndGet();
                        lastAck.accumulateAndGet(System.nanoTime(), Math::max);
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                    } finally {
                        inFlight.release();
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(60, TimeUnit.SECONDS);
            return new Result(acked.get(), failed.get(), (lastAck.get() - start) / 1e9, lastAck.get());
        }
    }
}
