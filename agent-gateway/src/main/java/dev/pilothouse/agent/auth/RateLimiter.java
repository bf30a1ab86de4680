package dev.pilothouse.agent.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per agent: {@code burst} requests at once, refilled at {@code perMinute}. An empty bucket
 * answers how long until the next request would be allowed (the Retry-After the client gets).
 */
public final class RateLimiter {

    private final int burst;
    private final double perNano;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int burst, int perMinute, Clock clock) {
        if (burst < 1 || perMinute < 1) {
            throw new IllegalArgumentException(
                    "rate limits must be positive (burst " + burst + ", per minute " + perMinute + ")");
        }
        this.burst = burst;
        this.perNano = perMinute / 60e9;
        this.clock = clock;
    }

    /** Takes one request from the agent's bucket; empty when allowed, else the wait before the next one. */
    public Optional<Duration> acquire(String agent) {
        return buckets.computeIfAbsent(agent, a -> new Bucket()).take();
    }

    private final class Bucket {
        private double tokens = burst;
        private long last = nanos();

        synchronized Optional<Duration> take() {
            long now = nanos();
            tokens = Math.min(burst, tokens + (now - last) * perNano);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return Optional.empty();
            }
            long wait = (long) Math.ceil((1 - tokens) / perNano);
            return Optional.of(Duration.ofNanos(wait));
        }
    }

    private long nanos() {
        java.time.Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
