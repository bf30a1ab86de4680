package dev.pilothouse.runtime.internal;

import dev.pilothouse.runtime.HarperException;
import dev.pilothouse.runtime.LiveEvent;
import dev.pilothouse.runtime.StreamOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one transport session after another on its own thread: when a session ends, it backs off and reconnects,
 * and emits a {@link LiveEvent.Gap} covering the outage once connected again. The first connection is awaited by
 * {@link #start} so that wrong credentials or an unreachable host fail the caller at once.
 */
public abstract class ReconnectingSource implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(ReconnectingSource.class);

    protected final EventSink sink;
    private final StreamOptions options;
    private final String description;
    private final CompletableFuture<Void> firstConnect = new CompletableFuture<>();
    private volatile boolean stopped;
    private volatile Thread thread;
    private Instant lostAt;
    private String lostReason;

    protected ReconnectingSource(EventSink sink, StreamOptions options, String description) {
        this.sink = sink;
        this.options = options;
        this.description = description;
    }

    /** Connects, calls {@link #connected()} once subscribed, and blocks until the session ends. */
    protected abstract void session() throws Exception;

    /** Aborts the current session from another thread (used by {@link #stop}). */
    protected abstract void abortSession();

    public void start(Duration firstConnectTimeout) {
        thread = Thread.ofPlatform()
                .daemon()
                .name("pilothouse-stream " + description)
                .start(this);
        try {
            firstConnect.get(firstConnectTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            stop();
            throw e.getCause() instanceof RuntimeException r ? r : new HarperException(description, e.getCause());
        } catch (TimeoutException e) {
            stop();
            throw new HarperException("Could not subscribe to " + description + " within " + firstConnectTimeout, e);
        } catch (InterruptedException e) {
            stop();
            Thread.currentThread().interrupt();
            throw new HarperException("Interrupted while subscribing to " + description, e);
        }
    }

    public void stop() {
        stopped = true;
        abortSession();
        Thread current = thread;
        if (current != null) {
            current.interrupt();
        }
    }

    protected boolean stopped() {
        return stopped;
    }

    /** Marks the session as live: ends a pending outage with a gap marker. */
    protected void connected() {
        if (!firstConnect.isDone()) {
            firstConnect.complete(null);
            return;
        }
        if (lostAt != null) {
            sink.emit(new LiveEvent.Gap(lostAt, Instant.now(), lostReason), 0);
            sink.reconnected();
            LOG.info("{} reconnected after {}", description, Duration.between(lostAt, Instant.now()));
            lostAt = null;
        }
    }

    @Override
    public void run() {
        Duration backoff = options.initialBackoff();
        while (!stopped) {
            try {
                session();
                lostReason = "connection closed by Harper";
            } catch (FatalStreamException e) {
                firstConnect.completeExceptionally(e.reason());
                sink.fail(e.reason());
                return;
            } catch (Exception e) {
                if (!firstConnect.isDone()) {
                    firstConnect.completeExceptionally(
                            e instanceof RuntimeException r
                                    ? r
                                    : new HarperException("Could not subscribe to " + description + ": " + e, e));
                    sink.fail(e);
                    return;
                }
                lostReason = e.toString();
            }
            if (stopped) {
                return;
            }
            if (lostAt == null) { // connected() clears it, so this is the start of a new outage
                lostAt = Instant.now();
                backoff = options.initialBackoff();
                LOG.info("{} disconnected ({}); reconnecting", description, lostReason);
            }
            if (Duration.between(lostAt, Instant.now()).compareTo(options.maxOutage()) > 0) {
                sink.fail(new HarperException(description + " has been down since " + lostAt + ": " + lostReason));
                return;
            }
            if (!sleep(backoff)) {
                return;
            }
            backoff = backoff.multipliedBy(2).compareTo(options.maxBackoff()) > 0
                    ? options.maxBackoff()
                    : backoff.multipliedBy(2);
        }
    }

    private boolean sleep(Duration duration) {
        try {
            Thread.sleep(duration);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
