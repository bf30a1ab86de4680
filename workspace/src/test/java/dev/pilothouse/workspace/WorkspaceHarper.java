package dev.pilothouse.workspace;

import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.runtime.HarperInstaller;
import dev.pilothouse.runtime.LocalRuntime;
import dev.pilothouse.runtime.RuntimeNode;
import dev.pilothouse.runtime.StartOptions;
import dev.pilothouse.workspace.deploy.HarperTarget;
import java.nio.file.Path;
import java.time.Duration;

/** The one real Harper this module's tests share: started once in target/, stopped when the test JVM exits. */
final class WorkspaceHarper {

    private static final Path TARGET = Path.of(System.getProperty("project.build.directory", "target"))
            .toAbsolutePath();

    private static LocalRuntime runtime;
    private static RuntimeNode node;

    private WorkspaceHarper() {
    }

    static synchronized RuntimeNode node() {
        if (node == null) {
            runtime = new LocalRuntime(TARGET.resolve("harper-it/workspace"), HarperInstaller.forCurrentUser());
            runtime.stop(); // a previous run killed hard may have left a node behind
            node = runtime.start(new StartOptions(1, true, StartOptions.Ports.ANY, Duration.ofSeconds(120), null))
                    .get(0);
            Runtime.getRuntime().addShutdownHook(new Thread(runtime::stop, "stop-workspace-harper"));
        }
        return node;
    }

    static HarperClient client() {
        return runtime().client(node());
    }

    static LocalRuntime runtime() {
        node();
        return runtime;
    }

    /** A governed deploy target for one component of the shared Harper. */
    static HarperTarget target(String project) {
        return new HarperTarget(client(), runtime().deployer(node()), project, Duration.ofSeconds(90));
    }
}
