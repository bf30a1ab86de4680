package dev.pilothouse.visualizer.timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Picks round tick times for a range (about six to twelve ticks) and formats them. */
final class TimeAxis {

    private static final long[] STEPS_SECONDS = {
        1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400, 172800, 604800
    };

    private TimeAxis() {}

    static Duration step(TimeRange range) {
        long seconds = Math.max(1, range.length().toSeconds());
        for (long s : STEPS_SECONDS) {
            if (seconds / s <= 10) {
                return Duration.ofSeconds(s);
            }
        }
        return Duration.ofDays(Math.max(1, seconds / 86400 / 10));
    }

    static List<Instant> ticks(TimeRange range) {
        long step = step(range).toSeconds();
        long first = Math.floorDiv(range.start().getEpochSecond() + step - 1, step) * step;
        List<Instant> out = new ArrayList<>();
        for (long t = first; !Instant.ofEpochSecond(t).isAfter(range.end()); t += step) {
            out.add(Instant.ofEpochSecond(t));
        }
        return out;
    }

    static String format(Instant t, TimeRange range) {
        String pattern =
                range.length().toHours() >= 24 ? "MM-dd HH:mm" : step(range).toSeconds() < 60 ? "HH:mm:ss" : "HH:mm";
        return DateTimeFormatter.ofPattern(pattern).withZone(ZoneOffset.UTC).format(t);
    }
}
