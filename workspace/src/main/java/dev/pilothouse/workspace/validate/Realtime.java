package dev.pilothouse.workspace.validate;

import dev.pilothouse.schema.model.Table;
import dev.pilothouse.workspace.deploy.RuntimeTarget;
import dev.pilothouse.workspace.deploy.Subscribers;
import java.time.Duration;
import java.util.Optional;

/** Live evidence about real-time clients of a table the change touches (see {@link Subscribers} for the limits). */
final class Realtime {

    static final Duration LOOKBACK = Duration.ofMinutes(10);

    private Realtime() {}

    /** A report line, and whether it should warn (a breaking change to a table clients follow). */
    static Optional<Line> of(RuntimeTarget runtime, Table table, boolean breaking) {
        if (table.export() == null) {
            return Optional.empty(); // not exported: nobody can subscribe to it
        }
        String path = table.export().pathFor(table.typeName());
        try {
            return runtime.subscribers(path, LOOKBACK)
                    .map(s -> new Line(
                            table.typeName() + " real-time: " + s.describe()
                                    + (breaking && s.any() ? "; a breaking change reaches these subscribers" : ""),
                            breaking && s.any()));
        } catch (RuntimeException e) {
            return Optional.of(new Line(
                    table.typeName() + " real-time: could not read the analytics of " + runtime.describe() + ": "
                            + e.getMessage(),
                    true));
        }
    }

    record Line(String text, boolean warn) {}
}
