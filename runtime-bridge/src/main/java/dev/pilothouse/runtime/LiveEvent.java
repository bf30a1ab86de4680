package dev.pilothouse.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;

/** What a live stream publishes: a change or message for a record, or a gap marker for an outage. */
public sealed interface LiveEvent {

    /** put (also insert/update/PATCH: the full record), delete (no value), or a non-retained message. */
    enum Kind {
        PUT,
        DELETE,
        MESSAGE
    }

    /**
     * One change. {@code replay} is true for the state sent when a subscription (re)connects (the current record,
     * or every record of a table) and false for live changes. {@code version} and {@code localTime} are Harper's
     * float epoch milliseconds (NaN over MQTT, which carries bare records). {@code bytes} is the wire size.
     */
    record Change(
            Kind kind,
            String path,
            String id,
            JsonNode value,
            double version,
            double localTime,
            boolean replay,
            int bytes)
            implements LiveEvent {}

    /**
     * The stream was disconnected from {@code lostAt} to {@code restoredAt}: changes in between may be missing (a
     * whole-table subscription replays current state right after this marker).
     */
    record Gap(Instant lostAt, Instant restoredAt, String reason) implements LiveEvent {

        public Duration length() {
            return Duration.between(lostAt, restoredAt);
        }
    }
}
