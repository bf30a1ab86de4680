package dev.pilothouse.desktop.viewmodel;

import java.time.Instant;
import java.util.List;

/** Harper's log as the logs panel reads it: entries at or after {@code from}, oldest first, at most {@code limit}. */
@FunctionalInterface
public interface LogSource {

    /** One log entry; {@code level} as Harper writes it (trace, debug, info, warn, error, fatal, notify). */
    record Entry(Instant time, String level, String thread, String message) {}

    List<Entry> read(RuntimePort.Connection connection, Instant from, int limit);
}
