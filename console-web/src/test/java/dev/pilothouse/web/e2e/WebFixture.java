package dev.pilothouse.web.e2e;

import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.runtime.HarperInstaller;
import dev.pilothouse.runtime.LocalRuntime;
import dev.pilothouse.runtime.RuntimeNode;
import dev.pilothouse.runtime.StartOptions;
import dev.pilothouse.web.PilothouseWeb;
import dev.pilothouse.web.WebOptions;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.WorkspaceInit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One real Harper (the runtime-bridge SharedHarper approach: installed into the per-user cache when absent,
 * started in target/, stopped when the JVM exits) with the shop app deployed, and one web console started the
 * way {@code pilothouse web} starts it, on a free port, with a fresh $PILOTHOUSE_HOME under target/.
 */
final class WebFixture {

    static final Path TARGET = Path.of(System.getProperty("project.build.directory", "target")).toAbsolutePath();

    private static WebFixture instance;

    final LocalRuntime runtime;
    final RuntimeNode node;
    final ConfigurableApplicationContext context;
    final String baseUrl;
    final Path workspace;

    private WebFixture() throws IOException {
        runtime = new LocalRuntime(TARGET.resolve("harper-web"), HarperInstaller.forCurrentUser());
        runtime.stop(); // a previous run killed hard may have left a node behind
        node = runtime.start(new StartOptions(1, true, StartOptions.Ports.ANY, Duration.ofSeconds(120),
                line -> { })).get(0);
        Runtime.getRuntime().addShutdownHook(new Thread(runtime::stop, "stop-web-harper"));
        Path app = resource("/apps/shop");
        runtime.deployer(node).deploy(app, "shop", Duration.ofSeconds(90));
        runtime.client(node).sql("DELETE FROM data.Product"); // the node's data survives between runs

        // a governed workspace named like the component, so its deploys replace the app deployed above
        workspace = TARGET.resolve("web-it/shop");
        Path home = TARGET.resolve("web-it/home");
        deleteTree(TARGET.resolve("web-it"));
        WorkspaceInit.init(workspace, Optional.of(app), Identity.parse("human:fixture"), new PilothouseHome(home));
        context = PilothouseWeb.start(new WebOptions(0, workspace, home, Optional.of(runtime.endpoint(node))));
        Runtime.getRuntime().addShutdownHook(new Thread(context::close, "stop-web-console"));
        baseUrl = "http://localhost:" + context.getEnvironment().getProperty("local.server.port") + "/";
    }

    static synchronized WebFixture get() {
        if (instance == null) {
            try {
                instance = new WebFixture();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** An MCP {@code initialize} POST to the console's gateway, with one header (or none). */
    java.net.http.HttpResponse<String> postMcpInitialize(String header, String value) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl + "mcp"))
                .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,"
                        + "\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
                        + "\"capabilities\":{},\"clientInfo\":{\"name\":\"x\",\"version\":\"1\"}}}"));
        if (header != null) {
            request.header(header, value);
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    HarperClient harper() {
        return runtime.client(node);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    private static Path resource(String name) {
        try {
            return Path.of(WebFixture.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
