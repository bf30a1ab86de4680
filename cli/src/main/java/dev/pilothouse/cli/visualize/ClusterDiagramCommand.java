package dev.pilothouse.cli.visualize;

import dev.pilothouse.runtime.Attach;
import dev.pilothouse.runtime.ClusterMonitor;
import dev.pilothouse.runtime.ClusterTopology;
import dev.pilothouse.runtime.Credentials;
import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.runtime.HarperException;
import dev.pilothouse.runtime.HarperInstaller;
import dev.pilothouse.runtime.LocalRuntime;
import dev.pilothouse.visualizer.layout.LayoutResult;
import dev.pilothouse.visualizer.topology.TopologyDiagram;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code visualize cluster --svg OUT}: polls {@code cluster_status} on every node (a local runtime folder, or one
 * node by URL) once and draws the replication topology. Exit 2 when the runtime cannot be reached.
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Draw the replication topology of a running runtime as SVG.")
final class ClusterDiagramCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Target target = new Target();

    static final class Target {
        @Option(names = "--runtime", paramLabel = "DIR", description = "Local runtime folder (default .pilothouse/runtime).")
        Path runtime;

        @Option(names = "--url", paramLabel = "URL", description = "Operations API URL of a running node.")
        URI url;
    }

    @Option(names = "--user", paramLabel = "U", description = "User for --url.")
    String user;

    @Option(names = "--password-file", paramLabel = "F", description = "File holding the password for --url.")
    Path passwordFile;

    @Option(names = "--svg", required = true, paramLabel = "OUT", description = "Where to write the SVG.")
    Path svg;

    @Override
    public Integer call() {
        try {
            ClusterTopology topology = ClusterMonitor.poll(clients());
            var diagram = new TopologyDiagram(Drawing.assembler()).draw(topology, LayoutResult.EMPTY);
            Drawing.write(diagram.scene(), svg);
            spec.commandLine().getOut().println("wrote " + svg + " (" + diagram.scene().title() + ")");
            spec.commandLine().getOut().flush();
            return 0;
        } catch (Drawing.Failure | HarperException e) {
            spec.commandLine().getErr().println("pilothouse visualize cluster: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 2;
        }
    }

    private List<HarperClient> clients() throws Drawing.Failure {
        if (target.url != null) {
            if (user == null || passwordFile == null) {
                throw new Drawing.Failure("--url needs --user and --password-file");
            }
            String password;
            try {
                password = Files.readString(passwordFile).strip();
            } catch (IOException e) {
                throw new Drawing.Failure(passwordFile + ": cannot read (" + e.getMessage() + ")");
            }
            return List.of(Attach.attach(Attach.endpoint(target.url, null, new Credentials.Basic(user, password))));
        }
        Path dir = target.runtime != null ? target.runtime : Path.of(".pilothouse", "runtime");
        if (!Files.isDirectory(dir)) {
            throw new Drawing.Failure(dir + ": no local runtime here (start one, or pass --url)");
        }
        LocalRuntime runtime = new LocalRuntime(dir, HarperInstaller.forCurrentUser());
        List<HarperClient> clients = runtime.nodes().stream().filter(n -> n.pid() > 0).map(runtime::client).toList();
        if (clients.isEmpty()) {
            throw new Drawing.Failure(dir + ": no node of this runtime is running");
        }
        return clients;
    }
}
