package dev.pilothouse.cli.runtime;

import dev.pilothouse.runtime.ClusterMonitor;
import dev.pilothouse.runtime.ClusterTopology;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pilothouse cluster status}. */
@Command(name = "cluster", description = "Replication cluster tools.", subcommands = ClusterCommand.Status.class)
public final class ClusterCommand {

    @Command(name = "status", description = "Nodes with their connections and states.")
    static final class Status implements Callable<Integer> {
        @Mixin
        Target target;

        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            return Target.guarded(spec.commandLine().getErr(), this::body);
        }

        private Integer body() {
            ClusterTopology topology = ClusterMonitor.poll(target.clients());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Target.json(topology));
                out.flush();
                return 0;
            }
            for (ClusterTopology.Node node : topology.nodes()) {
                out.println(node.name() + (node.reachable() ? "" : "  UNREACHABLE " + node.error()));
                topology.links().stream()
                        .filter(l -> l.from().equals(node.name()))
                        .forEach(l -> out.printf(
                                "  -> %-12s %s latency %.1f ms %s%n",
                                l.to(), l.connected() ? "connected" : "DISCONNECTED", l.latencyMs(), l.databases()));
            }
            out.flush();
            return 0;
        }
    }
}
