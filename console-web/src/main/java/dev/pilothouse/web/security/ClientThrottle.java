package dev.pilothouse.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits wrong passwords per client address and overall, beside {@link SignInThrottle}'s per-name lock, so one
 * machine cannot try many names and many machines cannot try forever. {@link #PER_ADDRESS} failures from one address
 * within {@link #WINDOW} lock that address for {@link #ADDRESS_LOCK}; {@link #GLOBAL} failures from anywhere within
 * {@link #WINDOW} refuse every sign-in for {@link #GLOBAL_LOCK}. A refused sign-in never reaches the password hash.
 * Locks are written to a {@link LockFile}, so a restart does not lift them.
 */
public final class ClientThrottle {

    static final int PER_ADDRESS = 10;
    static final int GLOBAL = 100;
    static final Duration WINDOW = Duration.ofMinutes(1);
    static final Duration ADDRESS_LOCK = Duration.ofMinutes(15);
    static final Duration GLOBAL_LOCK = Duration.ofMinutes(1);
    /** The key of the global lock in the file; addresses never contain a space or an asterisk. */
    static final String EVERYONE = "*";

    /** Why a sign-in is refused, and until when. */
    public record Refusal(String scope, Instant until) {}

    private record Window(Instant start, int count) {}

    private final Clock clock;
    private final LockFile file;
    private final Map<String, Instant> locks = new ConcurrentHashMap<>();
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public ClientThrottle(Clock clock, java.nio.file.Path file) {
        this.clock = clock;
        this.file = new LockFile(file);
        locks.putAll(this.file.read(clock.instant()));
    }

    /** Whether a sign-in from {@code address} is refused now, and why. */
    public Optional<Refusal> refused(String address) {
        Instant now = clock.instant();
        return running(EVERYONE, now)
                .map(until -> new Refusal("everyone", until))
                .or(() -> running(address, now).map(until -> new Refusal("address", until)));
    }

    /** Counts a wrong password from {@code address}; returns the lock it starts, if any. */
    public synchronized Optional<Refusal> failed(String address) {
        Instant now = clock.instant();
        if (windows.size() >= LockFile.MAX_ENTRIES) {
            windows.values().removeIf(w -> !w.start().plus(WINDOW).isAfter(now));
            if (windows.size() >= LockFile.MAX_ENTRIES) {
                windows.clear(); // a flood of addresses: the global bound still holds
            }
        }
        Optional<Refusal> started = Optional.empty();
        if (count(EVERYONE, now) >= GLOBAL) {
            started = Optional.of(lock(EVERYONE, "everyone", now.plus(GLOBAL_LOCK)));
        }
        if (count(address, now) >= PER_ADDRESS) {
            started = Optional.of(lock(address, "address", now.plus(ADDRESS_LOCK)));
        }
        return started;
    }

    private int count(String key, Instant now) {
        Window w = windows.merge(
                key,
                new Window(now, 1),
                (old, one) -> old.start().plus(WINDOW).isAfter(now) ? new Window(old.start(), old.count() + 1) : one);
        return w.count();
    }

    private Refusal lock(String key, String scope, Instant until) {
        windows.remove(key);
        locks.put(key, until);
        Instant now = clock.instant();
        locks.values().removeIf(u -> !u.isAfter(now));
        file.write(new LinkedHashMap<>(locks), now);
        return new Refusal(scope, until);
    }

    private Optional<Instant> running(String key, Instant now) {
        Instant until = locks.get(key);
        return until != null && until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }
}
