package dev.pilothouse.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The one real Harper every integration test of a run shares: installed into the per-user cache when absent
 * (from the code under test), started once in target/, stopped when the test JVM exits. Its preferred operations
 * port is deliberately taken before the start, so every run also checks the "port taken → another port" path.
 */
final class SharedHarper {

    static final Path TARGET =
            Path.of(System.getProperty("project.build.directory", "target")).toAbsolutePath();

    private static LocalRuntime runtime;
    private static RuntimeNode node;
    private static int blockedPort;

    private SharedHarper() {}

    static synchronized RuntimeNode node() {
        if (node == null) {
            start();
        }
        return node;
    }

    static synchronized LocalRuntime runtime() {
        node();
        return runtime;
    }

    static int blockedPort() {
        node();
        return blockedPort;
    }

    static HarperClient client() {
        return runtime().client(node());
    }

    static HarperEndpoint endpoint() {
        return runtime().endpoint(node());
    }

    private static void start() {
        runtime = new LocalRuntime(TARGET.resolve("harper-it/single"), HarperInstaller.forCurrentUser());
        runtime.stop(); // a previous run killed hard may have left a node behind
        try (ServerSocket squatter = new ServerSocket()) {
            squatter.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            blockedPort = squatter.getLocalPort();
            StartOptions.Ports preferred = new StartOptions.Ports(blockedPort, 0, 0, 0);
            List<RuntimeNode> nodes = runtime.start(new StartOptions(
                    1, true, preferred, Duration.ofSeconds(120), line -> System.out.println("[harper] " + line)));
            node = nodes.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(runtime::stop, "stop-shared-harper"));
    }
}
