package dev.pilothouse.cli.runtime;

import dev.pilothouse.runtime.LiveStream;
import dev.pilothouse.runtime.LiveStreams;
import dev.pilothouse.runtime.StreamOptions;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pilothouse mqtt tail TOPIC}, protected values masked as in {@code tail} ({@link StreamMasks}). */
@Command(name = "mqtt", description = "MQTT tools.", subcommands = MqttCommand.Tail.class)
public final class MqttCommand {

    @Command(name = "tail", description = "Follow an MQTT topic filter, e.g. Product/#.")
    static final class Tail implements Callable<Integer> {
        @Mixin
        Target target;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "TOPIC")
        String topic;

        @Option(names = "--count", description = "Stop after N messages.")
        long count = Long.MAX_VALUE;

        @Option(names = "--seconds", description = "Stop after this many seconds.")
        long seconds = Long.MAX_VALUE / 1000;

        @Option(names = "--json", description = "One JSON object per line.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            return Target.guarded(spec.commandLine().getErr(), this::body);
        }

        private Integer body() throws InterruptedException {
            java.io.PrintWriter err = spec.commandLine().getErr();
            StreamMasks masks = Viewer.masks(target.workspace, err);
            // a filter on one table (Ledger/#) that is protected whole is not subscribed to; a wildcard across
            // tables is, and each message is masked by its own topic
            java.util.Optional<String> withheld = masks.withheld(topic);
            if (withheld.isPresent()) {
                err.println(withheld.get());
                err.flush();
                return 3;
            }
            TailCommand.Printer printer =
                    new TailCommand.Printer(spec.commandLine().getOut(), err, count, json, e -> masks.apply(e, topic));
            try (LiveStream stream = new LiveStreams(target.endpoint()).mqtt(topic, StreamOptions.DEFAULTS, printer)) {
                printer.done.await(seconds, TimeUnit.SECONDS);
            }
            return printer.error == null ? 0 : 1;
        }
    }
}
