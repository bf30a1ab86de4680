package dev.pilothouse.web.views;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.runtime.MetricsSnapshot;
import dev.pilothouse.runtime.RuntimeMetrics;
import dev.pilothouse.web.ui.WebUi;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ToDoubleFunction;

/**
 * The Runtime view's metrics: current CPU, memory, threads, uptime, request and error rates and database size, with
 * sparklines of the last five minutes. Sampled every 2 s off the UI thread (the ticker schedules, a virtual thread
 * reads Harper) and pushed to the browser.
 */
final class MetricsPanel extends VerticalLayout {

    static final long PERIOD_MS = 2_000;

    private final ScheduledExecutorService ticker;
    private final RuntimeMetrics metrics;
    private final Span status = new Span("waiting for the first sample");
    private final FlexLayout figures = new FlexLayout();
    private final AtomicBoolean sampling = new AtomicBoolean();
    private ScheduledFuture<?> poll;

    MetricsPanel(Optional<HarperClient> client, ScheduledExecutorService ticker) {
        this.ticker = ticker;
        this.metrics = client.map(RuntimeMetrics::new).orElse(null);
        setId("runtime-metrics");
        setPadding(false);
        status.setId("metrics-status");
        status.addClassName("ph-muted");
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.getStyle().set("gap", "var(--lumo-space-m)");
        add(new H3("Metrics"), status, figures);
        if (metrics == null) {
            status.setText("No Harper attached.");
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (metrics != null) {
            UI ui = event.getUI();
            poll = ticker.scheduleWithFixedDelay(() -> sample(ui), 0, PERIOD_MS, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (poll != null) {
            poll.cancel(false);
        }
    }

    /** One read at a time; a tick while one runs is skipped (a slow Harper must not pile up calls). */
    private void sample(UI ui) {
        if (!sampling.compareAndSet(false, true)) {
            return;
        }
        Thread.ofVirtual().name("runtime-metrics").start(() -> {
            try {
                metrics.sample();
                List<MetricsSnapshot> history = metrics.history().snapshots();
                WebUi.access(ui, () -> show(history));
            } catch (RuntimeException e) {
                WebUi.access(ui, () -> status.setText("Sampling failed: " + e.getMessage()));
            } finally {
                sampling.set(false);
            }
        });
    }

    /** Renders the newest snapshot's figures, each with a sparkline of the history (oldest first). */
    void show(List<MetricsSnapshot> history) {
        if (history.isEmpty()) {
            return;
        }
        MetricsSnapshot now = history.getLast();
        status.setText(
                history.size() + " samples, last " + now.time().toString().substring(11, 19) + " UTC");
        figures.removeAll();
        figures.add(
                figure(
                        "cpu",
                        "CPU (host)",
                        "%.1f %%".formatted(now.cpuPercent()),
                        history,
                        MetricsSnapshot::cpuPercent),
                figure("heap", "Heap", mb(now.heapUsed()) + " / " + mb(now.heapTotal()), history, s -> s.heapUsed()),
                figure("rss", "RSS", mb(now.rss()), history, s -> s.rss()),
                figure("threads", "Worker threads", Integer.toString(now.threads()), history, s -> s.threads())
                        .withHint(MetricsSnapshot.THREADS_MEANING),
                figure(
                        "requests",
                        "Requests/s",
                        "%.2f".formatted(now.requestsPerSecond()),
                        history,
                        MetricsSnapshot::requestsPerSecond),
                figure(
                        "errors",
                        "Errors/s",
                        "%.2f".formatted(now.errorsPerSecond()),
                        history,
                        MetricsSnapshot::errorsPerSecond),
                figure("db", "Databases", mb(now.dbSizeBytes()), history, s -> s.dbSizeBytes()),
                figure(
                                "uptime",
                                "Harper uptime",
                                now.uptimeText(),
                                history,
                                s -> Double.isNaN(s.uptimeSeconds()) ? 0 : s.uptimeSeconds())
                        .withHint(MetricsSnapshot.UPTIME_MEANING));
    }

    /** One figure: its name, the value and a sparkline; {@link Figure#withHint} explains it on hover. */
    private static Figure figure(
            String id,
            String label,
            String value,
            List<MetricsSnapshot> history,
            ToDoubleFunction<MetricsSnapshot> series) {
        Span name = new Span(label);
        name.addClassName("ph-muted");
        Span shown = new Span(value);
        shown.setId("metric-" + id);
        shown.getStyle().set("font-weight", "600");
        Figure box = new Figure(
                name,
                new Div(shown),
                Sparkline.of(history.stream().mapToDouble(series).toArray()));
        box.setId("figure-" + id);
        box.getStyle().set("min-width", "10em");
        return box;
    }

    static final class Figure extends Div {
        Figure(com.vaadin.flow.component.Component... parts) {
            super(parts);
        }

        Figure withHint(String hint) {
            setTitle(hint);
            return this;
        }
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }
}
