package dev.pilothouse.desktop.ui;

import dev.pilothouse.desktop.viewmodel.RuntimePort;
import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.runtime.HarperInstaller;
import dev.pilothouse.runtime.LocalRuntime;
import dev.pilothouse.runtime.RuntimeNode;
import dev.pilothouse.runtime.StartOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One real Harper 4.7.29 for the desktop's integration tests (the approach of runtime-bridge's SharedHarper):
 * installed into the per-user cache when absent, started once per test JVM in target/ on free ports, the sample
 * "shop" workspace deployed and seeded, stopped when the JVM exits. Terms are accepted here on the tester's behalf.
 */
final class DesktopHarper {

    private static LocalRuntime runtime;
    private static RuntimePort.Connection connection;

    private DesktopHarper() {}

    static synchronized RuntimePort.Connection connection() {
        if (connection == null) {
            start();
        }
        return connection;
    }

    static HarperClient client() {
        return connection().client();
    }

    /** Deploys another component to the same node (a second app beside the shop). */
    static synchronized void deploy(java.nio.file.Path workspace, String project) {
        connection();
        runtime.deployer(runtime.nodes().get(0)).deploy(workspace, project, Duration.ofSeconds(90));
    }

    private static void start() {
        runtime = new LocalRuntime(Ui.TARGET.resolve("harper-it/desktop"), HarperInstaller.forCurrentUser());
        runtime.stop(); // a previous run killed hard may have left a node behind
        List<RuntimeNode> nodes = runtime.start(new StartOptions(
                1,
                true,
                StartOptions.Ports.ANY,
                Duration.ofSeconds(120),
                line -> System.out.println("[harper] " + line)));
        Runtime.getRuntime().addShutdownHook(new Thread(runtime::stop, "stop-desktop-harper"));
        RuntimeNode node = nodes.get(0);
        runtime.deployer(node).deploy(Ui.copyWorkspace("shop"), "shop", Duration.ofSeconds(90));
        HarperClient client = runtime.client(node);
        List<Map<String, Object>> products = new ArrayList<>();
        String[] names = {
            "Anchor", "Bollard", "Compass", "Davit", "Ensign", "Fender", "Gimbal", "Hawser", "Jib", "Keel", "Lanyard",
            "Mast"
        };
        for (int i = 0; i < names.length; i++) {
            products.add(Map.of("id", "p" + (i + 1), "name", names[i], "price", 5.0 + i * 2.5, "stock", 10 * i));
        }
        client.upsert("data", "Product", products);
        connection = new RuntimePort.Connection(
                "local", node.name() + " " + node.host(), client.version(), runtime.endpoint(node), client);
    }
}
