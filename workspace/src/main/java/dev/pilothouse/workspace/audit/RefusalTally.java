package dev.pilothouse.workspace.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Refusals of unauthenticated callers as counts per time window, so that nobody without credentials can grow the
 * audit log by one forced-to-disk entry per request. In each window the first refusal of each of the first
 * {@code maxFirsts} names is for the caller to write at once ({@link #refused} says which); the rest of the window is counted and passed on as one {@link Summary} when the window closes (on a
 * timer, on the next refusal after it, or on {@link #close()}). Names (user names tried, client addresses) are cut
 * to {@code maxNameLength} characters and at most {@code maxNames} distinct ones are kept per window; the others
 * are only counted.
 */
public final class RefusalTally implements AutoCloseable {

    /** One closed window: {@code count} refusals not written singly, by name, and how many had a name not kept. */
    public record Summary(Instant from, Instant to, long count, Map<String, Long> names, long otherNames) {}

    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(1);
    public static final int DEFAULT_MAX_NAMES = 20;
    public static final int DEFAULT_MAX_NAME_LENGTH = 64;
    public static final int DEFAULT_MAX_FIRSTS = 5;

    private final Clock clock;
    private final Duration window;
    private final int maxNames;
    private final int maxNameLength;
    private final int maxFirsts;
    private final Consumer<Summary> summary;
    private ScheduledExecutorService timer;

    private Instant from;
    private long count;
    private final Map<String, Long> names = new LinkedHashMap<>();
    private final Set<String> written = new HashSet<>();
    private long otherNames;

    /** {@code summary} receives each closed window that counted any refusal it did not leave to the caller. */
    public RefusalTally(
            Clock clock, Duration window, int maxFirsts, int maxNames, int maxNameLength, Consumer<Summary> summary) {
        this.maxFirsts = maxFirsts;
        this.clock = clock;
        this.window = window;
        this.maxNames = maxNames;
        this.maxNameLength = maxNameLength;
        this.summary = summary;
    }

    /** With the defaults: one-minute windows, 5 names written singly, 20 names of at most 64 characters counted. */
    public static RefusalTally withDefaults(Consumer<Summary> summary) {
        return new RefusalTally(
                Clock.systemUTC(),
                DEFAULT_WINDOW,
                DEFAULT_MAX_FIRSTS,
                DEFAULT_MAX_NAMES,
                DEFAULT_MAX_NAME_LENGTH,
                summary);
    }

    /**
     * Counts one refusal and passes on a window it closes; true when this is the window's first refusal of its name
     * (and fewer than {@code maxFirsts} names were), and so is for the caller to write as an entry of its own.
     */
    public boolean refused(String name) {
        String capped = cap(name);
        Summary closed;
        boolean single;
        synchronized (this) {
            Instant now = clock.instant();
            closed = from != null && !now.isBefore(from.plus(window)) ? take(now) : null;
            if (from == null) {
                from = now;
                startTimer();
            }
            single = !written.contains(capped) && written.size() < maxFirsts;
            if (single) {
                written.add(capped);
            } else {
                count++;
                if (names.containsKey(capped) || names.size() < maxNames) {
                    names.merge(capped, 1L, Long::sum);
                } else {
                    otherNames++;
                }
            }
        }
        if (closed != null) {
            summary.accept(closed);
        }
        return single;
    }

    /** Passes on the current window if its time is up (the timer calls this). */
    public void flushDue() {
        Summary closed;
        synchronized (this) {
            Instant now = clock.instant();
            closed = from != null && !now.isBefore(from.plus(window)) ? take(now) : null;
        }
        if (closed != null) {
            summary.accept(closed);
        }
    }

    /** Passes on the current window whatever its age. */
    public void flush() {
        Summary closed;
        synchronized (this) {
            closed = from == null ? null : take(clock.instant());
        }
        if (closed != null) {
            summary.accept(closed);
        }
    }

    @Override
    public void close() {
        ScheduledExecutorService t;
        synchronized (this) {
            t = timer;
            timer = null;
        }
        if (t != null) {
            t.shutdownNow();
        }
        flush();
    }

    /** Closes the window; a summary only when something after the first was counted. */
    private Summary take(Instant now) {
        Summary s = count == 0 ? null : new Summary(from, now, count, Map.copyOf(names), otherNames);
        from = null;
        count = 0;
        names.clear();
        written.clear();
        otherNames = 0;
        return s;
    }

    private void startTimer() {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "refusal-tally");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(1, window.toMillis());
        timer.scheduleAtFixedRate(this::flushDue, period, period, TimeUnit.MILLISECONDS);
    }

    /** {@code name} as it is kept: control characters replaced, cut to the maximum length. */
    public String cap(String name) {
        String n = name == null ? "" : name.replaceAll("\\p{Cntrl}", "?");
        return n.length() <= maxNameLength ? n : n.substring(0, maxNameLength - 1) + "…";
    }
}
