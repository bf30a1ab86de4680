package dev.pilothouse.desktop.viewmodel;

import dev.pilothouse.runtime.MetricsHistory;
import dev.pilothouse.runtime.MetricsSnapshot;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Live view's metrics tab: the connected runtime sampled on the io executor (one read at a time), the newest
 * snapshot and the last {@link #WINDOW} of them published on the UI executor. Another runtime starts a new history.
 */
public final class MetricsViewModel {

    static final Duration WINDOW = Duration.ofMinutes(5);

    private final MetricsSource source;
    private final Supplier<RuntimePort.Connection> connection;
    private final Executor io;
    private final Executor ui;
    private final MetricsHistory kept = new MetricsHistory(WINDOW);
    private final ObservableList<MetricsSnapshot> history = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<MetricsSnapshot> latest = new ReadOnlyObjectWrapper<>(this, "latest");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "no runtime");
    private final AtomicBoolean reading = new AtomicBoolean();
    private volatile RuntimePort.Connection sampled;
    private final Poller poller = new Poller(this::refresh);

    public MetricsViewModel(
            MetricsSource source, Supplier<RuntimePort.Connection> connection, Executor io, Executor ui) {
        this.source = source;
        this.connection = connection;
        this.io = io;
        this.ui = ui;
    }

    /** Samples once (skipped while a sample runs or with no runtime). */
    public void refresh() {
        RuntimePort.Connection c = connection.get();
        if (c == null) {
            ui.execute(() -> status.set("no runtime"));
            return;
        }
        if (!reading.compareAndSet(false, true)) {
            return;
        }
        io.execute(() -> {
            try {
                if (c != sampled) {
                    kept.clear();
                    sampled = c;
                }
                MetricsSnapshot s = source.sample(c);
                kept.add(s);
                List<MetricsSnapshot> now = kept.snapshots();
                ui.execute(() -> {
                    history.setAll(now);
                    latest.set(s);
                    status.set(
                            now.size() + " samples, last " + s.time().toString().substring(11, 19) + " UTC");
                });
            } catch (RuntimeException e) {
                ui.execute(() -> status.set("metrics failed: " + TasksViewModel.reason(e)));
            } finally {
                reading.set(false);
            }
        });
    }

    /** Samples every {@code period} until {@link #stop()}. */
    public void start(ScheduledExecutorService timers, Duration period) {
        poller.start(timers, period);
    }

    public void stop() {
        poller.stop();
    }

    /** Oldest first, at most {@link #WINDOW} long. */
    public ObservableList<MetricsSnapshot> history() {
        return history;
    }

    public ReadOnlyObjectProperty<MetricsSnapshot> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
