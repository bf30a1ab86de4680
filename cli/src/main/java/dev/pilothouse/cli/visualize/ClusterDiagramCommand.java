package dev.pilothouse.cli.visualize;

import dev.pilothouse.cli.runtime.Target;
import dev.pilothouse.runtime.ClusterMonitor;
import dev.pilothouse.runtime.ClusterTopology;
import dev.pilothouse.visualizer.layout.LayoutResult;
import dev.pilothouse.visualizer.topology.TopologyDiagram;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code visualize cluster --svg OUT}: polls {@code cluster_status} on every node (a local runtime folder, or one
 * node by URL, chosen as for the runtime commands) once and draws the replication topology. Exit 2 when the
 * runtime cannot be reached.
 */
@Command(
        name = "cluster",
        mixinStandardHelpOptions = true,
        description = "Draw the replication topology of a running runtime as SVG.")
final class ClusterDiagramCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Target target;

    @Option(names = "--svg", required = true, paramLabel = "OUT", description = "Where to write the SVG.")
    Path svg;

    @Override
    public Integer call() throws Exception {
        return Target.guarded(spec.commandLine().getErr(), () -> {
            try {
                ClusterTopology topology = ClusterMonitor.poll(target.clients());
                var diagram = new TopologyDiagram(Drawing.assembler()).draw(topology, LayoutResult.EMPTY);
                Drawing.write(diagram.scene(), svg);
                spec.commandLine()
                        .getOut()
                        .println("wrote " + svg + " (" + diagram.scene().title() + ")");
                spec.commandLine().getOut().flush();
                return 0;
            } catch (Drawing.Failure e) {
                spec.commandLine().getErr().println("pilothouse visualize cluster: " + e.getMessage());
                spec.commandLine().getErr().flush();
                return 2;
            }
        });
    }
}
