package dev.pilothouse.runtime.internal;

import dev.pilothouse.runtime.LiveEvent;

/** Where a transport hands what it reads; implemented by the public stream. */
public interface EventSink {

    /** Publishes one event (may block under the BLOCK overflow policy). */
    void emit(LiveEvent event, int bytes);

    /** Ends the stream with an error that reconnecting cannot fix. */
    void fail(Throwable error);

    /** Counts a successful reconnect. */
    void reconnected();
}
