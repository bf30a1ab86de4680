package dev.pilothouse.desktop.service;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The desktop's worker threads, all daemons with names that show up in thread dumps: one single thread for
 * highlighting and analysis (so results arrive in order), a small pool for I/O with Harper and the disk, and one
 * scheduler for timers (debounce, live-view drain, health polling), and one thread for diagram layout (ELK).
 */
public final class BackgroundExecutors implements AutoCloseable {

    private final ScheduledExecutorService analysis =
            Executors.newSingleThreadScheduledExecutor(named("syntax-highlight"));
    private final ExecutorService io = Executors.newFixedThreadPool(3, named("pilothouse-io"));
    private final ScheduledExecutorService timers =
            Executors.newSingleThreadScheduledExecutor(named("pilothouse-timer"));
    private final ExecutorService layout = Executors.newSingleThreadExecutor(named("diagram-layout"));

    public ScheduledExecutorService analysis() {
        return analysis;
    }

    public ExecutorService io() {
        return io;
    }

    public ScheduledExecutorService timers() {
        return timers;
    }

    public ExecutorService layout() {
        return layout;
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        analysis.shutdownNow();
        io.shutdownNow();
        timers.shutdownNow();
        layout.shutdownNow();
        try {
            io.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
