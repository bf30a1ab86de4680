package dev.pilothouse.desktop.viewmodel;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Runs one refresh on a fixed delay until stopped; starting again replaces the previous schedule. */
final class Poller {

    private final Runnable refresh;
    private ScheduledFuture<?> scheduled;

    Poller(Runnable refresh) {
        this.refresh = refresh;
    }

    void start(ScheduledExecutorService timers, Duration period) {
        stop();
        scheduled = timers.scheduleWithFixedDelay(refresh, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop() {
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }
}
