package dev.pilothouse.web.views;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pilothouse.runtime.ComponentStatus;
import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.runtime.HarperEndpoint;
import dev.pilothouse.runtime.HarperInstaller;
import dev.pilothouse.runtime.LocalRuntime;
import dev.pilothouse.runtime.RuntimeNode;
import dev.pilothouse.runtime.StartOptions;
import dev.pilothouse.runtime.internal.ComponentPackage;
import dev.pilothouse.runtime.internal.Pause;
import dev.pilothouse.runtime.internal.SchemaTables;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The module's one real Harper, with the shop app deployed: started in target/harper-web on first use, stopped when
 * the JVM exits. The view tests that need a Harper use it as it is; the e2e fixture (e2e/WebFixture) puts its web
 * console in front of the same node, so a test run starts Harper and deploys the shop app once, not once per
 * fixture, and the e2e tests' vault app (its own component and database) rides on the shop deploy's worker restart.
 * Tests keep apart by what they name: the shop's Product rows (which the e2e fixture empties when it starts), the
 * vault's tables (only WebDataProtectionIT's).
 */
public final class ShopHarper {

    private static final Path TARGET =
            Path.of(System.getProperty("project.build.directory", "target")).toAbsolutePath();

    private static LocalRuntime runtime;
    private static RuntimeNode node;

    private ShopHarper() {}

    private static synchronized void start() {
        if (node != null) {
            return;
        }
        long started = System.nanoTime();
        LocalRuntime local = new LocalRuntime(TARGET.resolve("harper-web"), HarperInstaller.forCurrentUser());
        local.stop(); // a previous run killed hard may have left a node behind
        RuntimeNode started1 = local.start(
                        new StartOptions(1, true, StartOptions.Ports.ANY, Duration.ofSeconds(120), line -> {}))
                .get(0);
        Runtime.getRuntime().addShutdownHook(new Thread(local::stop, "stop-shared-harper"));
        long deployed = System.nanoTime();
        // every deploy restarts Harper's workers: the vault app (e2e/WebDataProtectionIT's) is put in place without
        // a restart of its own and loads with the one the shop deploy asks for
        HarperClient client = local.client(started1);
        client.components().deploy("vault", ComponentPackage.payload(ComponentPackage.read(app("vault"))), false);
        local.deployer(started1).deploy(app(), "shop", Duration.ofSeconds(90));
        awaitServing(client, "vault", Duration.ofSeconds(90));
        System.out.printf(
                "[ShopHarper] the module's shared Harper started in %.1f s, the shop and vault apps"
                        + " deployed in %.1f s%n",
                (deployed - started) / 1e9, (System.nanoTime() - deployed) / 1e9);
        runtime = local;
        node = started1;
    }

    /** Waits until {@code project} is healthy and serves each table its schema exports, with every field. */
    private static void awaitServing(HarperClient client, String project, Duration timeout) {
        List<SchemaTables.Table> tables =
                SchemaTables.exported(ComponentPackage.read(app(project)).get("schema.graphql"));
        long deadline = System.nanoTime() + timeout.toNanos();
        String missing = "no status yet";
        while (System.nanoTime() < deadline) {
            try {
                missing = client.components()
                        .find(project)
                        .filter(ComponentStatus::healthy)
                        .map(c -> firstMissing(client, tables))
                        .orElse(project + " is not healthy yet");
                if (missing.isEmpty()) {
                    return;
                }
            } catch (RuntimeException e) { // refused or 5xx while the workers restart
                missing = e.toString();
            }
            Pause.millis(100);
        }
        throw new IllegalStateException(project + " did not serve within " + timeout + ": " + missing);
    }

    private static String firstMissing(HarperClient client, List<SchemaTables.Table> tables) {
        for (SchemaTables.Table table : tables) {
            Optional<JsonNode> description = client.rest().get("/" + table.exportName());
            if (description.isEmpty()) {
                return "/" + table.exportName() + " is not served yet";
            }
            Set<String> served = new HashSet<>();
            description
                    .get()
                    .path("attributes")
                    .forEach(a -> served.add(a.path("name").asText()));
            if (!served.containsAll(table.fields())) {
                return "/" + table.exportName() + " serves " + served + ", not yet " + table.fields();
            }
        }
        return "";
    }

    /** The shop app's folder (schema.graphql exports Product). */
    public static Path app() {
        return app("shop");
    }

    /** The folder of a test app under src/test/resources/apps. */
    public static Path app(String name) {
        try {
            return Path.of(ShopHarper.class.getResource("/apps/" + name).toURI());
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

    /** The runtime that owns the node (for deploys of further components). */
    public static synchronized LocalRuntime runtime() {
        start();
        return runtime;
    }

    public static synchronized RuntimeNode node() {
        start();
        return node;
    }
}
