package dev.pilothouse.desktop.viewmodel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The logs panel: Harper's {@code read_log}, read incrementally (entries since the newest one seen; Harper's
 * descending order is unreliable on 4.7) every few seconds and on demand, at most {@link #KEEP} kept, shown from a
 * minimum level up.
 */
public final class LogsViewModel {

    /** Levels from least to most severe; {@code notify} is Harper's always-shown level. */
    public enum Level {
        TRACE,
        DEBUG,
        INFO,
        WARN,
        ERROR,
        FATAL,
        NOTIFY;

        static Level of(String text) {
            try {
                return valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                return INFO;
            }
        }
    }

    static final int KEEP = 2_000;
    static final int PAGE = 500;
    static final Duration FIRST_WINDOW = Duration.ofMinutes(30);

    private final LogSource source;
    private final Clock clock;
    private final Supplier<RuntimePort.Connection> connection;
    private final Executor io;
    private final Executor ui;
    private final ObservableList<LogSource.Entry> entries = FXCollections.observableArrayList();
    private final FilteredList<LogSource.Entry> shown = new FilteredList<>(entries);
    private final ObjectProperty<Level> minimum = new SimpleObjectProperty<>(this, "minimum", Level.INFO);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "no runtime");
    private final AtomicBoolean reading = new AtomicBoolean();
    private volatile Instant since;
    private final Poller poller = new Poller(this::refresh);

    public LogsViewModel(
            LogSource source, Supplier<RuntimePort.Connection> connection, Executor io, Executor ui, Clock clock) {
        this.source = source;
        this.clock = clock;
        this.connection = connection;
        this.io = io;
        this.ui = ui;
        minimum.addListener((o, a, b) -> applyFilter());
        applyFilter();
    }

    private void applyFilter() {
        Level min = minimum.get();
        shown.setPredicate(e -> Level.of(e.level()).ordinal() >= min.ordinal());
    }

    /** Reads what is new since the last read (one read at a time; a call while one runs is skipped). */
    public void refresh() {
        RuntimePort.Connection c = connection.get();
        if (c == null || !reading.compareAndSet(false, true)) {
            if (c == null) {
                ui.execute(() -> status.set("no runtime"));
            }
            return;
        }
        Instant from = since != null ? since : clock.instant().minus(FIRST_WINDOW);
        io.execute(() -> {
            try {
                List<LogSource.Entry> read = source.read(c, from, PAGE);
                List<LogSource.Entry> fresh = read.stream()
                        .filter(e -> since == null || e.time().isAfter(since))
                        .toList();
                if (!fresh.isEmpty()) {
                    since = fresh.getLast().time();
                }
                ui.execute(() -> {
                    entries.addAll(fresh);
                    if (entries.size() > KEEP) {
                        entries.remove(0, entries.size() - KEEP);
                    }
                    status.set(entries.size() + " entries, read "
                            + java.time.LocalTime.now().withNano(0));
                });
            } catch (RuntimeException e) {
                ui.execute(() -> status.set("read_log failed: " + TasksViewModel.reason(e)));
            } finally {
                reading.set(false);
            }
        });
    }

    /** Polls every {@code period} until {@link #stop()}. */
    public void start(ScheduledExecutorService timers, Duration period) {
        poller.start(timers, period);
    }

    public void stop() {
        poller.stop();
    }

    /** Another runtime: start over from its recent entries. */
    public void reset() {
        since = null;
        entries.clear();
    }

    public ObservableList<LogSource.Entry> shown() {
        return shown;
    }

    public ObservableList<LogSource.Entry> entries() {
        return entries;
    }

    public ObjectProperty<Level> minimumProperty() {
        return minimum;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
