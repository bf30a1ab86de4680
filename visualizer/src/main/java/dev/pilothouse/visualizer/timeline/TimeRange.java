package dev.pilothouse.visualizer.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/** A closed time window to show; zooming is drawing again with a narrower range. */
public record TimeRange(Instant start, Instant end) {

    public TimeRange {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("time range must end after it starts: " + start + " .. " + end);
        }
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    public boolean contains(Instant t) {
        return !t.isBefore(start) && !t.isAfter(end);
    }

    /** Fraction of the range at {@code t}, 0 at the start and 1 at the end. */
    public double fraction(Instant t) {
        return Duration.between(start, t).toNanos() / (double) length().toNanos();
    }

    /** The smallest range holding every record, padded by 5% each side (one minute when all share a time). */
    public static TimeRange covering(Collection<AuditRecord> records) {
        Instant min =
                records.stream().map(AuditRecord::time).min(Instant::compareTo).orElse(Instant.EPOCH);
        Instant max =
                records.stream().map(AuditRecord::time).max(Instant::compareTo).orElse(Instant.EPOCH);
        Duration pad = Duration.between(min, max).dividedBy(20);
        if (pad.isZero()) {
            pad = Duration.ofSeconds(30);
        }
        return new TimeRange(min.minus(pad), max.plus(pad));
    }

    /** A range {@code factor} times as long (below 1 zooms in) around the same centre. */
    public TimeRange zoom(double factor) {
        long half = (long) (length().toNanos() * factor / 2);
        Instant centre = start.plusNanos(length().toNanos() / 2);
        return new TimeRange(centre.minusNanos(half), centre.plusNanos(Math.max(1, half)));
    }
}
