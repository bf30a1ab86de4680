package dev.pilothouse.visualizer.flow;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Coalesces events into redraws: every {@code period} (at most 250 ms, so at least four times a second) it takes one
 * snapshot if anything happened since the last one, or while rates are still decaying, and hands it to the
 * listener. However many events arrive, the listener runs at most once per period.
 */
public final class FlowTicker implements AutoCloseable {

    private static final Duration SLOWEST = Duration.ofMillis(250);

    private final FlowModel model;
    private final Consumer<FlowSnapshot> listener;
    private final ScheduledFuture<?> task;
    private long seen = -1;
    private boolean decaying;

    public FlowTicker(
            FlowModel model, ScheduledExecutorService scheduler, Duration period, Consumer<FlowSnapshot> listener) {
        if (period.compareTo(SLOWEST) > 0 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("flow views redraw at least 4 times a second: period " + period);
        }
        this.model = model;
        this.listener = listener;
        this.task =
                scheduler.scheduleAtFixedRate(this::tick, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One tick (what the scheduler runs); returns whether the listener was called. */
    synchronized boolean tick() {
        long total = model.totalEvents();
        if (total == seen && !decaying) {
            return false;
        }
        seen = total;
        FlowSnapshot snapshot = model.snapshot();
        decaying = !snapshot.idle();
        listener.accept(snapshot);
        return true;
    }

    @Override
    public void close() {
        task.cancel(false);
    }
}
