package dev.pilothouse.web.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import dev.pilothouse.runtime.MetricsSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Runtime view's metrics section renders the newest figures and a sparkline per figure. */
@ViewPackages(packages = "dev.pilothouse.web.editor") // no routes: the panel is built by hand here
class MetricsPanelTest extends BrowserlessTest {

    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stopTicker() {
        ticker.shutdownNow();
    }

    @Test
    void showsTheNewestFiguresWithTheirHistory() {
        MetricsPanel panel = new MetricsPanel(Optional.empty(), ticker);
        UI.getCurrent().add(panel);
        assertThat($(Span.class, panel).id("metrics-status").getText()).isEqualTo("No Harper attached.");

        panel.show(List.of(
                new MetricsSnapshot(
                        Instant.parse("2026-11-22T08:00:00Z"),
                        10,
                        50 << 20,
                        80 << 20,
                        250 << 20,
                        2,
                        400,
                        3 << 20,
                        0.5,
                        0),
                new MetricsSnapshot(
                        Instant.parse("2026-11-22T08:00:02Z"),
                        30,
                        60 << 20,
                        80 << 20,
                        260 << 20,
                        2,
                        402,
                        3 << 20,
                        1.25,
                        0.25)));

        assertThat($(Span.class, panel).id("metric-cpu").getText()).isEqualTo("30.0 %");
        assertThat($(Span.class, panel).id("metric-heap").getText()).isEqualTo("60.0 MB / 80.0 MB");
        assertThat($(Span.class, panel).id("metric-rss").getText()).isEqualTo("260.0 MB");
        assertThat($(Span.class, panel).id("metric-threads").getText()).isEqualTo("2");
        assertThat($(Span.class, panel).id("metric-uptime").getText()).isEqualTo("6 min 42 s");
        assertThat($(Span.class, panel).id("metric-requests").getText()).isEqualTo("1.25");
        assertThat($(Span.class, panel).id("metric-errors").getText()).isEqualTo("0.25");
        assertThat($(Span.class, panel).id("metric-db").getText()).isEqualTo("3.0 MB");
        assertThat($(Span.class, panel).id("metrics-status").getText()).isEqualTo("2 samples, last 08:00:02 UTC");
        List<Html> lines = $(Html.class, panel).all();
        assertThat(lines).hasSize(8);
        assertThat(lines.get(0).getInnerHtml()).contains("points=\"0.0,27.0 120.0,1.0\""); // CPU rose 10 → 30
    }

    /** "Threads 1" was unexplained and "Uptime" was the host's: the figures say what they count. */
    @Test
    void threadsAreHarpersWorkerThreadsExplainedAndUptimeIsHarpers() {
        MetricsPanel panel = new MetricsPanel(Optional.empty(), ticker);
        UI.getCurrent().add(panel);
        panel.show(List.of(
                new MetricsSnapshot(Instant.parse("2026-11-22T08:00:00Z"), 10, 1, 1, 1, 1, Double.NaN, 1, 0, 0)));

        com.vaadin.flow.component.html.Div threads =
                $(com.vaadin.flow.component.html.Div.class, panel).id("figure-threads");
        assertThat($(Span.class, threads).first().getText()).isEqualTo("Worker threads");
        assertThat(threads.getTitle())
                .hasValueSatisfying(t -> assertThat(t)
                        .contains("worker threads")
                        .contains("threads.count")
                        .contains("main thread is not counted"));
        com.vaadin.flow.component.html.Div uptime =
                $(com.vaadin.flow.component.html.Div.class, panel).id("figure-uptime");
        assertThat($(Span.class, uptime).first().getText()).isEqualTo("Harper uptime");
        assertThat(uptime.getTitle()).hasValueSatisfying(t -> assertThat(t).contains("not the host"));
        assertThat($(Span.class, panel).id("metric-uptime").getText()).isEqualTo("unknown");
    }

    @Test
    void sparklineScalesBetweenMinAndMaxAndCentresAFlatSeries() {
        assertThat(Sparkline.points(new double[] {0, 5, 10})).isEqualTo("0.0,27.0 60.0,14.0 120.0,1.0");
        assertThat(Sparkline.points(new double[] {7, 7})).isEqualTo("0.0,14.0 120.0,14.0");
        assertThat(Sparkline.points(new double[] {7})).isEqualTo("120.0,14.0");
    }
}
