package dev.pilothouse.desktop.viewmodel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pilothouse.desktop.live.EventBuffer;
import dev.pilothouse.desktop.live.LiveItem;
import dev.pilothouse.workspace.Json;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The live event panel. Streams push into one bounded, coalescing {@link EventBuffer}; a timer drains it every
 * {@link #DRAIN_MILLIS} ms and hands the UI one batch at a time (never a second before the first was applied), so
 * the FX thread's work per tick is bounded whatever the incoming rate.
 */
public final class LiveViewModel {

    public static final long DRAIN_MILLIS = 100;
    public static final int MAX_ROWS = 2_000;
    /**
     * Buffer size, so at most this many rows reach the table per tick (2,000 rows/s, more than anyone reads);
     * counts and rates still include every event. Measured: 1,000 per tick kept a loaded 2-core machine's FX
     * thread busy for 70 ms per frame at 10,000 events/s.
     */
    public static final int BATCH_LIMIT = 50;

    static final int MAX_RECORDED = 200_000;

    private final LiveSource source;
    private final TasksViewModel tasks;
    private final ScheduledExecutorService timers;
    private final Executor ui;
    private final EventBuffer buffer;
    private final AtomicBoolean batchInFlight = new AtomicBoolean();
    private final List<AutoCloseable> streams = new ArrayList<>();
    private ScheduledFuture<?> drainer;
    private long lastDrainNanos = System.nanoTime();
    private final Map<String, double[]> rates = new LinkedHashMap<>(); // topic -> {total, perSecond}
    private final List<LiveItem> recorded = new ArrayList<>(); // guarded by itself: filled from stream threads
    private volatile boolean recordingNow;
    private static final long COUNTER_NANOS = 500_000_000L;
    private long lastCountersNanos;
    private long pendingReceived;
    private long pendingDropped;

    private final ObservableList<LiveItem> events = FXCollections.observableArrayList();
    private final FilteredList<LiveItem> visible = new FilteredList<>(events, e -> true);
    private final ObservableList<TopicRate> topicRates = FXCollections.observableArrayList();
    private final BooleanProperty paused = new SimpleBooleanProperty(this, "paused");
    private final BooleanProperty recording = new SimpleBooleanProperty(this, "recording");
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyLongWrapper received = new ReadOnlyLongWrapper(this, "received");
    private final ReadOnlyLongWrapper dropped = new ReadOnlyLongWrapper(this, "dropped");
    private final ReadOnlyLongWrapper recordedCount = new ReadOnlyLongWrapper(this, "recordedCount");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "No stream");
    private final ReadOnlyStringWrapper suggested = new ReadOnlyStringWrapper(this, "suggested", "");

    public LiveViewModel(
            LiveSource source, TasksViewModel tasks, ScheduledExecutorService timers, Executor ui, int bufferCapacity) {
        this.source = source;
        this.tasks = tasks;
        this.timers = timers;
        this.ui = ui;
        this.buffer = new EventBuffer(bufferCapacity);
        filter.addListener((obs, old, now) -> {
            String needle = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            visible.setPredicate(needle.isEmpty() ? e -> true : e -> matches(e, needle));
        });
        recording.addListener((obs, was, now) -> {
            if (now) {
                synchronized (recorded) {
                    recorded.clear();
                }
                recordedCount.set(0);
            }
            recordingNow = now;
        });
    }

    private static boolean matches(LiveItem e, String needle) {
        return e.topic().toLowerCase(Locale.ROOT).contains(needle)
                || (e.id() != null && e.id().toLowerCase(Locale.ROOT).contains(needle))
                || e.summary().toLowerCase(Locale.ROOT).contains(needle);
    }

    /** Subscribes to one more stream ({@code ws:/Product/}, {@code mqtt:Product/#}, …). */
    public CompletableFuture<AutoCloseable> subscribe(String spec) {
        startDraining();
        return tasks.run("Subscribe " + spec, progress -> source.open(spec, this::offer), stream -> {
            streams.add(stream);
            status.set(streams.size() + " stream(s): latest " + spec);
        });
    }

    /** Entry point for events from any thread. */
    public void offer(LiveItem item) {
        if (recordingNow) { // before the buffer, so a recording has every event, not only the ones shown
            synchronized (recorded) {
                if (recorded.size() < MAX_RECORDED) {
                    recorded.add(item);
                }
            }
        }
        buffer.offer(item);
    }

    public synchronized void startDraining() {
        if (drainer == null) {
            drainer = timers.scheduleWithFixedDelay(this::tick, DRAIN_MILLIS, DRAIN_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void tick() {
        if (!batchInFlight.compareAndSet(false, true)) {
            return; // the UI has not applied the previous batch yet: let the buffer absorb (and coalesce) more
        }
        EventBuffer.Batch batch = buffer.drain();
        ui.execute(() -> {
            try {
                apply(batch);
            } finally {
                batchInFlight.set(false);
            }
        });
    }

    /** Applies one drained batch (package-private so tests can drive it without a timer). */
    void apply(EventBuffer.Batch batch) {
        double seconds = Math.max(1e-3, (batch.nanos() - lastDrainNanos) / 1e9);
        lastDrainNanos = batch.nanos();
        double alpha = Math.min(1.0, seconds); // about one second of smoothing
        for (double[] r : rates.values()) {
            r[1] = r[1] * (1 - alpha);
        }
        batch.counts().forEach((topic, n) -> {
            double[] r = rates.computeIfAbsent(topic, t -> new double[2]);
            r[0] += n;
            r[1] += alpha * (n / seconds);
        });
        pendingReceived += batch.received();
        pendingDropped += batch.dropped();
        // counters and rates change the UI at most twice a second: they are read, not watched frame by frame
        if (batch.nanos() - lastCountersNanos >= COUNTER_NANOS || rates.size() != topicRates.size()) {
            lastCountersNanos = batch.nanos();
            List<TopicRate> snapshot = new ArrayList<>(rates.size());
            rates.forEach((topic, r) -> snapshot.add(new TopicRate(topic, (long) r[0], r[1])));
            topicRates.setAll(snapshot);
            received.set(received.get() + pendingReceived);
            dropped.set(dropped.get() + pendingDropped);
            pendingReceived = 0;
            pendingDropped = 0;
        }
        if (recordingNow && (lastCountersNanos == batch.nanos() || batch.items().isEmpty())) {
            synchronized (recorded) {
                recordedCount.set(recorded.size());
            }
        }
        if (paused.get() || batch.items().isEmpty()) {
            return;
        }
        List<LiveItem> items = batch.items();
        if (items.size() >= MAX_ROWS) {
            events.setAll(items.subList(items.size() - MAX_ROWS, items.size()));
        } else {
            int excess = events.size() + items.size() - MAX_ROWS;
            if (excess > 0) {
                events.remove(0, excess);
            }
            events.addAll(items);
        }
    }

    /** Writes the recorded events as JSON lines. */
    public CompletableFuture<Path> export(Path file) {
        List<LiveItem> copy;
        synchronized (recorded) {
            copy = List.copyOf(recorded);
        }
        return tasks.run(
                "Export " + copy.size() + " events",
                progress -> {
                    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                        for (LiveItem e : copy) {
                            ObjectNode line = Json.COMPACT
                                    .createObjectNode()
                                    .put("at", e.at().toString())
                                    .put("topic", e.topic())
                                    .put("kind", e.kind().name())
                                    .put("replay", e.replay())
                                    .put("id", e.id())
                                    .put("summary", e.summary())
                                    .put("bytes", e.bytes());
                            out.write(Json.COMPACT.writeValueAsString(line) + "\n");
                        }
                    }
                    return file;
                },
                written -> status.set("Exported " + copy.size() + " events to " + written));
    }

    public void clear() {
        events.clear();
    }

    /** Closes every stream and stops the timer. */
    public synchronized void closeStreams() {
        for (AutoCloseable s : streams) {
            try {
                s.close();
            } catch (Exception ignored) {
                // already closed by the other side
            }
        }
        streams.clear();
        if (drainer != null) {
            drainer.cancel(false);
            drainer = null;
        }
        status.set("No stream");
    }

    public ObservableList<LiveItem> visibleEvents() {
        return visible;
    }

    public ObservableList<LiveItem> events() {
        return events;
    }

    public ObservableList<TopicRate> topicRates() {
        return topicRates;
    }

    public BooleanProperty pausedProperty() {
        return paused;
    }

    public BooleanProperty recordingProperty() {
        return recording;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyLongProperty receivedProperty() {
        return received.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty droppedProperty() {
        return dropped.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty recordedCountProperty() {
        return recordedCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /**
     * Suggests the open app's first exported table as the stream to subscribe to ({@code ws:/depots/}), from
     * "database.table" to REST path; nothing when the app exports none.
     */
    public void suggestFrom(java.util.Map<String, String> exportPaths) {
        suggested.set(exportPaths.values().stream()
                .findFirst()
                .map(path -> "ws:" + path)
                .orElse(""));
    }

    public javafx.beans.property.ReadOnlyStringProperty suggestedProperty() {
        return suggested.getReadOnlyProperty();
    }
}
