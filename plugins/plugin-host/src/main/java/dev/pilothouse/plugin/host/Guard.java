package dev.pilothouse.plugin.host;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs plugin code on the host's bounded executor with a time limit, with the plugin's class loader as the thread's
 * context loader. Whatever goes wrong comes back as a {@link Failure} carrying a readable reason.
 */
final class Guard {

    private final ExecutorService executor;
    private final Duration timeout;

    Guard(ExecutorService executor, Duration timeout) {
        this.executor = executor;
        this.timeout = timeout;
    }

    Duration timeout() {
        return timeout;
    }

    <T> T run(ClassLoader loader, Callable<T> body) throws Failure {
        Future<T> future;
        try {
            future = executor.submit(() -> {
                Thread thread = Thread.currentThread();
                ClassLoader previous = thread.getContextClassLoader();
                thread.setContextClassLoader(loader);
                try {
                    return body.call();
                } finally {
                    thread.setContextClassLoader(previous);
                }
            });
        } catch (RejectedExecutionException e) {
            throw new Failure("the plugin executor refused the call (" + e.getMessage() + ")", false, e);
        }
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true); // interrupts the plugin's thread; one that ignores interrupts keeps only that thread
            throw new Failure("did not finish within " + timeout.toMillis() + " ms", true, e);
        } catch (ExecutionException e) {
            throw new Failure("threw " + describe(e.getCause()), false, e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new Failure("interrupted while waiting for the plugin", false, e);
        }
    }

    /** The exception's class and message and where it was thrown, for a one-line report. */
    static String describe(Throwable t) {
        String text = t.getClass().getName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
        StackTraceElement[] trace = t.getStackTrace();
        return trace.length == 0 ? text : text + " (at " + trace[0] + ")";
    }

    /** Why a guarded call produced no result; {@code timedOut} tells a hang from an exception. */
    static final class Failure extends Exception {

        private final boolean timedOut;

        Failure(String message, boolean timedOut, Throwable cause) {
            super(message, cause);
            this.timedOut = timedOut;
        }

        boolean timedOut() {
            return timedOut;
        }
    }
}
