package dev.pilothouse.web.views;

import dev.pilothouse.runtime.HarperEndpoint;
import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.runtime.HarperInstaller;
import dev.pilothouse.runtime.LocalRuntime;
import dev.pilothouse.runtime.RuntimeNode;
import dev.pilothouse.runtime.StartOptions;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One real Harper with the shop app deployed, shared by the view tests of a run that need one (without the web
 * console around it, which the e2e fixture starts): started in target/ on first use, stopped when the JVM exits.
 */
public final class ShopHarper {

    private static final Path TARGET = Path.of(System.getProperty("project.build.directory", "target"))
            .toAbsolutePath();

    private static LocalRuntime runtime;
    private static RuntimeNode node;

    private ShopHarper() {
    }

    private static synchronized void start() {
        if (node != null) {
            return;
        }
        runtime = new LocalRuntime(TARGET.resolve("harper-views"), HarperInstaller.forCurrentUser());
        runtime.stop(); // a previous run killed hard may have left a node behind
        node = runtime.start(new StartOptions(1, true, StartOptions.Ports.ANY, Duration.ofSeconds(120),
                line -> { })).get(0);
        Runtime.getRuntime().addShutdownHook(new Thread(runtime::stop, "stop-views-harper"));
        runtime.deployer(node).deploy(app(), "shop", Duration.ofSeconds(90));
    }

    /** The shop app's folder (schema.graphql exports Product). */
    public static Path app() {
        try {
            return Path.of(ShopHarper.class.getResource("/apps/shop").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized HarperClient client() {
        start();
        return runtime.client(node);
    }

    public static synchronized HarperEndpoint endpoint() {
        start();
        return runtime.endpoint(node);
    }
}
