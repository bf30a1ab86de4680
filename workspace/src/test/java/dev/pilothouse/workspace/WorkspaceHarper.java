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

    private static final Path TARGET =
            Path.of(System.getProperty("project.build.directory", "target")).toAbsolutePath();

    private static LocalRuntime runtime;
    private static RuntimeNode node;

    private WorkspaceHarper() {}

    static synchronized RuntimeNode node() {
        if (node == null) {
            runtime = new LocalRuntime(TARGET.resolve("harper-it/workspace"), HarperInstaller.forCurrentUser());
            runtime.stop(); // a previous run killed hard may have left a node behind
            node = runtime.start(new StartOptions(1, true, StartOptions.Ports.ANY, Duration.ofSeconds(120), null))
                    .get(0);
            Runtime.getRuntime().addShutdownHook(new Thread(runtime::stop, "stop-workspace-harper"));
            // the data folder outlives runs: components of an earlier run would serve the same paths
            HarperClient client = runtime.client(node);
            client.components().list().stream()
                    .map(c -> c.name())
                    .filter(n -> n.startsWith("pilothouse_"))
                    .forEach(n -> client.components().drop(n));
        }
        return node;
    }

    /** Starts the node again after a test stopped it (it keeps its ports when they are still free). */
    static synchronized RuntimeNode restart() {
        node = runtime()
                .start(new StartOptions(1, true, StartOptions.Ports.ANY, Duration.ofSeconds(120), null))
                .get(0);
        return node;
    }

    private static dev.pilothouse.workspace.shadow.ShadowHarper shadow;

    /** The shadow Harper the shadow-deploy tests share (started on first use, stopped when the JVM exits). */
    static synchronized dev.pilothouse.workspace.shadow.ShadowHarper shadow() {
        if (shadow == null) {
            dev.pilothouse.testsupport.ShadowCredentials.seed(TARGET.resolve("harper-it/shadow"));
            shadow = new dev.pilothouse.workspace.shadow.ShadowHarper(
                    TARGET.resolve("harper-it/shadow"), HarperInstaller.forCurrentUser(), true);
            shadow.stop(); // a previous run killed hard may have left it behind
        }
        return shadow;
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
        return target(project, Duration.ZERO); // the error-rate watch has its own test
    }

    static HarperTarget target(String project, Duration watch) {
        return new HarperTarget(client(), runtime().deployer(node()), project, Duration.ofSeconds(90), watch);
    }
}
