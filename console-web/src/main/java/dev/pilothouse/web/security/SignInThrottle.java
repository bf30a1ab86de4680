package dev.pilothouse.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing per user name: after {@link #FREE_FAILURES} wrong passwords in a row the name is locked
 * for a minute, and each further wrong password doubles the lock, up to {@link #MAX_LOCK}. A locked name is refused
 * before its password is checked, so guesses made while locked tell nothing. A correct sign-in clears the count.
 * Locks are temporary: the time running out lifts them, so nobody is locked out for good. Given a file, running locks
 * are written there and read back on start, so a restart does not lift them either.
 */
public final class SignInThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration MAX_LOCK = Duration.ofMinutes(15);
    /** Names tracked at most; guesses at many made-up names must not grow memory without bound. */
    static final int MAX_TRACKED = 10_000;

    private record Failures(int count, Instant lockedUntil) {}

    private final Clock clock;
    private final Optional<LockFile> file;
    private final Map<String, Failures> byName = new ConcurrentHashMap<>();

    /** Locks in memory only. */
    public SignInThrottle(Clock clock) {
        this.clock = clock;
        this.file = Optional.empty();
    }

    /** Locks kept in {@code file} as well, read back from it now. */
    public SignInThrottle(Clock clock, java.nio.file.Path file) {
        this.clock = clock;
        this.file = Optional.of(new LockFile(file));
        this.file
                .get()
                .read(clock.instant())
                .forEach((name, until) -> byName.put(name, new Failures(FREE_FAILURES, until)));
    }

    /** Until when {@code username} is locked, if it is now. */
    public Optional<Instant> lockedUntil(String username) {
        Failures f = byName.get(username);
        Instant now = clock.instant();
        return f == null || f.lockedUntil() == null || !f.lockedUntil().isAfter(now)
                ? Optional.empty()
                : Optional.of(f.lockedUntil());
    }

    /** Counts a wrong password; returns the lock it starts, if it starts one. */
    public synchronized Optional<Instant> failed(String username) {
        if (byName.size() >= MAX_TRACKED) {
            forgetExpired();
        }
        Instant now = clock.instant();
        Failures f = byName.merge(username, new Failures(1, null), (old, one) -> new Failures(old.count() + 1, null));
        if (f.count() < FREE_FAILURES) {
            return Optional.empty();
        }
        long doublings = Math.min(f.count() - FREE_FAILURES, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        Instant until = now.plus(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock);
        byName.put(username, new Failures(f.count(), until));
        file.ifPresent(this::save);
        return Optional.of(until);
    }

    public void succeeded(String username) {
        byName.remove(username);
    }

    private void save(LockFile lockFile) {
        Map<String, Instant> locks = new java.util.LinkedHashMap<>();
        byName.forEach((name, f) -> {
            if (f.lockedUntil() != null) {
                locks.put(name, f.lockedUntil());
            }
        });
        lockFile.write(locks, clock.instant());
    }

    private void forgetExpired() {
        Instant now = clock.instant();
        byName.values()
                .removeIf(f -> f.lockedUntil() == null || !f.lockedUntil().isAfter(now));
        if (byName.size() >= MAX_TRACKED) {
            byName.clear(); // a flood of names: forgetting beats refusing everyone's sign-in
        }
    }
}
