package dev.pilothouse.desktop.live;

import dev.pilothouse.runtime.LiveEvent;
import java.time.Instant;

/**
 * One event as the live view keeps it: a change or message ({@code summary} is the masked record as JSON, kept
 * whole; the view clips it), a gap, an error or the end of the stream ({@code summary} says what happened).
 * {@code bytes} is the change's size on the wire, which the flow's rates count; {@code key()} is what coalescing
 * merges on (same topic, same record).
 */
public record LiveItem(Instant at, String topic, Kind kind, boolean replay, String id, String summary, int bytes) {

    public enum Kind {
        PUT,
        DELETE,
        MESSAGE,
        GAP,
        ERROR,
        CLOSED;

        static Kind of(LiveEvent.Kind change) {
            return switch (change) {
                case PUT -> PUT;
                case DELETE -> DELETE;
                case MESSAGE -> MESSAGE;
            };
        }
    }

    /** A change as the stream delivered it, with its record already masked. */
    public static LiveItem change(Instant at, String topic, LiveEvent.Change change, String maskedRecord) {
        return new LiveItem(
                at, topic, Kind.of(change.kind()), change.replay(), change.id(), maskedRecord, change.bytes());
    }

    /** A gap, an error or the end of the stream: no record, no bytes. */
    public static LiveItem note(Instant at, String topic, Kind kind, String what) {
        return new LiveItem(at, topic, kind, false, null, what, 0);
    }

    public String key() {
        return topic + '\u0000' + id;
    }

    /** A live change or message: traffic the flow counts (replays are state sent on connect, not traffic). */
    public boolean traffic() {
        return !replay && (kind == Kind.PUT || kind == Kind.DELETE || kind == Kind.MESSAGE);
    }

    /** The stream lost its connection (a gap) or failed. */
    public boolean interruption() {
        return kind == Kind.GAP || kind == Kind.ERROR;
    }
}
