package dev.pilothouse.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * First meaningful render of the workbench, against a reference page of the same app in the same run (not part of
 * {@code verify}: the name matches no include pattern; run it with {@code -Dtest=WorkbenchRenderBenchmark}, see
 * docs/benchmarks.md). Each sample is a full page load in headless Chromium; the time is the page's own
 * {@code performance.now()} (milliseconds since its navigation started) at the first animation frame where the
 * content is there: the schema's text inside the workbench's CodeMirror, or the version line of {@code /about},
 * which loads the same bundle and layout with almost nothing of its own. Loads alternate between the two pages.
 */
class WorkbenchRenderBenchmark {

    private static final String WORKBENCH = "document.getElementById('editor') && document.getElementById('editor')"
            + ".shadowRoot && document.getElementById('editor').shadowRoot.querySelector('.cm-content')"
            + ".textContent.includes('type Product')";
    private static final String ABOUT = "document.getElementById('about-version') && "
            + "document.getElementById('about-version').textContent.startsWith('Pilothouse')";
    private static final String WHEN = """
            const cond = new Function('return ' + arguments[0]);
            const done = arguments[arguments.length - 1];
            (function poll() {
              let ok = false;
              try { ok = cond(); } catch (e) { ok = false; }
              if (ok) { done(performance.now()); } else { requestAnimationFrame(poll); }
            })();
            """;

    @Test
    void workbenchFirstRenderAgainstTheAboutPage() throws Exception {
        int loads = Integer.getInteger("bench.loads", 20);
        WebFixture web = WebFixture.get();
        BenchUser.ensure(web);
        try (Browser browser = new Browser(web.baseUrl)) {
            browser.driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(30));
            browser.signIn(BenchUser.NAME, BenchUser.PASSWORD);
            for (int i = 0; i < 3; i++) { // warm-up: server-side JIT, the browser's cache of the bundle
                measure(browser, "", WORKBENCH);
                measure(browser, "about", ABOUT);
            }
            double[] workbench = new double[loads];
            double[] about = new double[loads];
            for (int i = 0; i < loads; i++) {
                workbench[i] = measure(browser, "", WORKBENCH);
                about[i] = measure(browser, "about", ABOUT);
            }
            Arrays.sort(workbench);
            Arrays.sort(about);
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            String result = String.format(
                    Locale.ROOT,
                    "%d loads each, alternating%n"
                            + "workbench (schema in the editor): p50 %.0f / p90 %.0f / max %.0f ms%n"
                            + "reference /about (version line): p50 %.0f / p90 %.0f / max %.0f ms%n"
                            + "p50 workbench/about: %.2f; target workbench p50 <= 1500 ms: %s; load average %.2f%n",
                    loads,
                    pct(workbench, 0.5),
                    pct(workbench, 0.9),
                    workbench[loads - 1],
                    pct(about, 0.5),
                    pct(about, 0.9),
                    about[loads - 1],
                    pct(workbench, 0.5) / pct(about, 0.5),
                    pct(workbench, 0.5) <= 1500 ? "PASS" : "FAIL",
                    load);
            Path out = WebFixture.TARGET.resolve("bench-render/result.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, result);
            System.out.print(result);
            assertThat(pct(workbench, 0.5)).as("workbench first render p50, ms").isLessThanOrEqualTo(1500);
        }
    }

    private static double measure(Browser browser, String path, String condition) {
        browser.open(path);
        Object at = browser.driver.executeAsyncScript(WHEN, condition);
        return ((Number) at).doubleValue();
    }

    private static double pct(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
