package dev.pilothouse.desktop.live;

import java.time.Instant;

/** One event as the live view shows it; {@code key()} is what coalescing merges on (same topic, same record). */
public record LiveItem(Instant at, String topic, String kind, String id, String summary) {

    public String key() {
        return topic + '\u0000' + id;
    }
}
