package dev.pilothouse.cli.runtime;

import dev.pilothouse.runtime.LiveEvent;
import dev.pilothouse.runtime.LiveStream;
import dev.pilothouse.runtime.LiveStreams;
import dev.pilothouse.runtime.StreamOptions;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pilothouse tail TABLE}: one line per change of a table over WebSocket, protected values masked for a caller
 * without clearance ({@link StreamMasks}).
 */
@Command(name = "tail", description = "Follow a table's changes (WebSocket; --sse for Server-Sent Events).")
public final class TailCommand implements Callable<Integer> {

    @Mixin
    Target target;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TABLE", description = "Exported table name, e.g. Product (or Product/id).")
    String table;

    @Option(names = "--count", description = "Stop after N events (default: run until interrupted).")
    long count = Long.MAX_VALUE;

    @Option(names = "--seconds", description = "Stop after this many seconds (default: no limit).")
    long seconds = Long.MAX_VALUE / 1000;

    @Option(names = "--sse", description = "Use Server-Sent Events instead of WebSocket.")
    boolean sse;

    @Option(names = "--json", description = "One JSON object per line: type, id, value, version.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        return Target.guarded(spec.commandLine().getErr(), this::body);
    }

    private Integer body() throws InterruptedException {
        String path = "/" + (table.contains("/") ? table : table + "/");
        PrintWriter err = spec.commandLine().getErr();
        StreamMasks masks = Viewer.masks(target.workspace, err);
        java.util.Optional<String> withheld = masks.withheld(path);
        if (withheld.isPresent()) {
            err.println(withheld.get());
            err.flush();
            return 3;
        }
        Printer printer = new Printer(spec.commandLine().getOut(), err, count, json, e -> masks.apply(e, path));
        LiveStreams streams = new LiveStreams(target.endpoint());
        try (LiveStream stream = sse
                ? streams.sse(path, StreamOptions.DEFAULTS, printer)
                : streams.webSocket(path, StreamOptions.DEFAULTS, printer)) {
            printer.done.await(seconds, TimeUnit.SECONDS);
        }
        return printer.error == null ? 0 : 1;
    }

    static Map<String, Object> line(LiveEvent event) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (event instanceof LiveEvent.Change c) {
            out.put("type", c.kind().name().toLowerCase());
            out.put("id", c.id());
            out.put("value", c.value());
            out.put("version", Double.isNaN(c.version()) ? null : plain(c.version()));
            out.put("replay", c.replay());
        } else if (event instanceof LiveEvent.Gap g) {
            out.put("type", "gap");
            out.put("lostAt", g.lostAt().toString());
            out.put("restoredAt", g.restoredAt().toString());
            out.put("reason", g.reason());
        }
        return out;
    }

    /**
     * A version as Harper wrote it: a millisecond timestamp with a fraction prints as {@code 1796657265967.595}, never
     * in scientific notation (which a double would get), so it can be compared and pasted.
     */
    static java.math.BigDecimal plain(double version) {
        return new java.math.BigDecimal(java.math.BigDecimal.valueOf(version).toPlainString());
    }

    /** Prints events and counts down; shared with {@code mqtt tail}. */
    static final class Printer implements Flow.Subscriber<LiveEvent> {
        final CountDownLatch done = new CountDownLatch(1);
        private final PrintWriter out;
        private final PrintWriter err;
        private final long limit;
        private final boolean json;
        private final java.util.function.UnaryOperator<LiveEvent> mask;
        private long seen;
        volatile Throwable error;

        /** {@code mask}: what the caller may see of each event, applied before anything is printed. */
        Printer(
                PrintWriter out,
                PrintWriter err,
                long limit,
                boolean json,
                java.util.function.UnaryOperator<LiveEvent> mask) {
            this.out = out;
            this.err = err;
            this.limit = limit;
            this.json = json;
            this.mask = mask;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(LiveEvent event) {
            if (seen >= limit) {
                return;
            }
            Map<String, Object> line = line(mask.apply(event));
            out.println(
                    json
                            ? Target.json(line)
                            : line.get("type") + " " + line.getOrDefault("id", "") + " "
                                    + line.getOrDefault("value", line.get("reason")));
            out.flush();
            if (event instanceof LiveEvent.Change && ++seen >= limit) {
                done.countDown();
            }
        }

        @Override
        public void onError(Throwable throwable) {
            error = throwable;
            err.println(throwable.getMessage());
            err.flush();
            done.countDown();
        }

        @Override
        public void onComplete() {
            done.countDown();
        }
    }
}
