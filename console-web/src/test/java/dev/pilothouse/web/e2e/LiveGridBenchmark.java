package dev.pilothouse.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.runtime.LiveStream;
import dev.pilothouse.web.runtime.HarperConnection;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The data view's live grid under a paced 1,000 updates/s (not part of {@code verify}: run it with
 * {@code -Dtest=LiveGridBenchmark}, see docs/benchmarks.md). A writer PUTs {@code K} records of {@code data.Product}
 * in turn for {@code D} seconds while headless Chromium shows them; a reference subscriber (the bridge's own table
 * stream, in the same JVM, on the same table) records the states Harper published. Measured: during the writes,
 * how long each cell the browser shows has been out of date (sampled every 100 ms); afterwards, how many events
 * the grid's server side took in against the reference, and how long after the last write the browser shows
 * exactly the state Harper holds (read back per record) for every one of the {@code K} rows.
 */
class LiveGridBenchmark {

    private static final String CELLS = "return Array.from(document.querySelectorAll("
            + "'#rows vaadin-grid-cell-content')).map(e => e.textContent)";

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
            harper.rest()
                    .put("/Product/grid-" + k, Map.of("id", "grid-" + k, "name", "start", "price", 1.0, "stock", 0));
        }
        HarperConnection connection = web.bean(HarperConnection.class);
        var table = connection.tables().stream()
                .filter(t -> t.table().equals("Product"))
                .findFirst()
                .orElseThrow();
        GridWatch watch = new GridWatch(records);
        try (Browser browser = new Browser(web.baseUrl);
                LiveStream referenceStream = connection.subscribe(table, watch)) {
            browser.signIn(BenchUser.NAME, BenchUser.PASSWORD);
            browser.open("data?table=data.Product");
            browser.until(d -> d.findElement(By.id("data-status")).getText().contains("live"), "the live grid");
            Thread.sleep(1_000); // both subscriptions past their initial replay
            long referenceBefore = watch.changes();
            long gridBefore = gridChanges(browser);

            List<double[]> staleness = new ArrayList<>();
            AtomicBoolean writing = new AtomicBoolean(true);
            Thread sampler = Thread.ofPlatform().name("grid-sampler").start(() -> {
                while (writing.get()) {
                    List<String> shown = cells(browser);
                    staleness.add(watch.staleness(shown, System.nanoTime()));
                    sleep(100);
                }
            });
            GridWriter.Result written;
            try {
                written = new GridWriter(web.runtime.endpoint(web.node)).run(records, rate, seconds);
            } finally {
                writing.set(false);
                sampler.join();
            }
            List<String> expected = new ArrayList<>();
            for (int k = 0; k < records; k++) {
                expected.add(harper.rest()
                        .get("/Product/grid-" + k)
                        .orElseThrow()
                        .path("name")
                        .asText());
            }
            long convergedAt = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                if (cells(browser).containsAll(expected)) {
                    convergedAt = System.nanoTime();
                    break;
                }
                Thread.sleep(10);
            }
            Thread.sleep(1_500); // let the last events of both subscribers arrive before counting
            long reference = watch.changes() - referenceBefore;
            long grid = gridChanges(browser) - gridBefore;
            double[] stale = flat(staleness);
            double[] firstHalf = flat(staleness.subList(0, staleness.size() / 2));
            double[] secondHalf = flat(staleness.subList(staleness.size() / 2, staleness.size()));
            double lagMs = convergedAt == 0 ? Double.NaN : (convergedAt - written.lastAckNanos()) / 1e6;
            String result = String.format(
                    Locale.ROOT,
                    "%d records, paced %d/s for %d s, at most %d PUTs in flight%n"
                            + "writer: %d PUTs acknowledged in %.2f s (%.0f/s), %d failed%n"
                            + "reference subscriber (bridge table stream): %d events; grid's server side: %d changes"
                            + " (ratio %.3f)%n"
                            + "while writing, %d cell readings in %d samples: a shown state had been replaced for"
                            + " p50 %.0f ms, p99 %.0f ms, max %.0f ms"
                            + " (p99 first half %.0f ms, second half %.0f ms)%n"
                            + "grid shows Harper's final state of every record %.0f ms after the last acknowledged write"
                            + " (%s); load average %.2f%n",
                    records,
                    rate,
                    seconds,
                    GridWriter.IN_FLIGHT,
                    written.acked(),
                    written.seconds(),
                    written.perSecond(),
                    written.failed(),
                    reference,
                    grid,
                    (double) grid / reference,
                    stale.length,
                    staleness.size(),
                    GridWatch.percentile(stale, 0.5),
                    GridWatch.percentile(stale, 0.99),
                    GridWatch.percentile(stale, 1.0),
                    GridWatch.percentile(firstHalf, 0.99),
                    GridWatch.percentile(secondHalf, 0.99),
                    lagMs,
                    convergedAt == 0 ? "NOT within 30 s" : "converged",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            Path out = WebFixture.TARGET.resolve("bench-grid/result.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, result);
            System.out.print(result);
            assertThat(convergedAt).as("the grid converged to Harper's state").isNotZero();
            assertThat((double) grid / reference)
                    .as("changes taken in / reference")
                    .isGreaterThanOrEqualTo(0.99);
            assertThat(stale).as("cells read while writing").isNotEmpty();
        }
    }

    private static double[] flat(List<double[]> samples) {
        return samples.stream().flatMapToDouble(DoubleStream::of).toArray();
    }

    /** Every grid cell's text, read in one script call so a reading is one instant, not one per cell. */
    @SuppressWarnings("unchecked")
    private static List<String> cells(Browser browser) {
        return (List<String>) browser.driver.executeScript(CELLS);
    }

    /** The "N changes received" figure of the data view's status line. */
    private static long gridChanges(Browser browser) {
        String status = browser.driver.findElement(By.id("data-status")).getText();
        var m = java.util.regex.Pattern.compile("(\\d+) changes received").matcher(status);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
