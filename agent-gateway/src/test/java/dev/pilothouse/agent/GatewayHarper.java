package dev.pilothouse.agent;

import dev.pilothouse.runtime.HarperInstaller;
import dev.pilothouse.runtime.LocalRuntime;
import dev.pilothouse.runtime.RuntimeNode;
import dev.pilothouse.runtime.StartOptions;
import java.nio.file.Path;
import java.time.Duration;

/** The one real Harper this module's tests share: started once in target/, stopped when the test JVM exits. */
final class GatewayHarper {

    private static final Path TARGET =
            Path.of(System.getProperty("project.build.directory", "target")).toAbsolutePath();

    private static LocalRuntime runtime;
    private static RuntimeNode node;

    private GatewayHarper() {}

    static synchronized LocalRuntime runtime() {
        if (node == null) {
            runtime = new LocalRuntime(TARGET.resolve("harper-it/gateway"), HarperInstaller.forCurrentUser());
            runtime.stop(); // a previous run killed hard may have left a node behind
            node = runtime.start(new StartOptions(1, true, StartOptions.Ports.ANY, Duration.ofSeconds(120), null))
                    .get(0);
            Runtime.getRuntime().addShutdownHook(new Thread(runtime::stop, "stop-gateway-harper"));
        }
        return runtime;
    }

    static RuntimeNode node() {
        runtime();
        return node;
    }
}
