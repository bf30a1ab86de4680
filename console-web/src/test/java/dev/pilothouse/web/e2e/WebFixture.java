package dev.pilothouse.web.e2e;

import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.runtime.LocalRuntime;
import dev.pilothouse.runtime.RuntimeNode;
import dev.pilothouse.web.PilothouseWeb;
import dev.pilothouse.web.WebOptions;
import dev.pilothouse.web.views.ShopHarper;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.WorkspaceInit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The module's one real Harper ({@link ShopHarper}: installed into the per-user cache when absent, started in
 * target/, stopped when the JVM exits) with the shop app deployed, and one web console in front of it, started the
 * way {@code pilothouse web} starts it, on a free port, with a fresh $PILOTHOUSE_HOME under target/.
 */
final class WebFixture {

    static final Path TARGET =
            Path.of(System.getProperty("project.build.directory", "target")).toAbsolutePath();

    private static WebFixture instance;

    final LocalRuntime runtime;
    final RuntimeNode node;
    final ConfigurableApplicationContext context;
    final String baseUrl;
    final Path workspace;

    private WebFixture() throws IOException {
        // the module's one Harper, with the shop app deployed (the view tests use the same node)
        runtime = ShopHarper.runtime();
        node = ShopHarper.node();
        Path app = ShopHarper.app();
        // the node's data survives between runs, and the view tests write Product rows too
        runtime.client(node).sql("DELETE FROM data.Product");

        // a governed workspace named like the component, so its deploys replace the app deployed above
        workspace = TARGET.resolve("web-it/shop");
        Path home = TARGET.resolve("web-it/home");
        deleteTree(TARGET.resolve("web-it"));
        WorkspaceInit.init(workspace, Optional.of(app), Identity.parse("human:fixture"), new PilothouseHome(home));
        long starting = System.nanoTime();
        context = PilothouseWeb.start(new WebOptions(0, workspace, home, Optional.of(runtime.endpoint(node))));
        System.out.printf("[WebFixture] the shared console started in %.1f s%n", (System.nanoTime() - starting) / 1e9);
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
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,"
                        + "\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
                        + "\"capabilities\":{},\"clientInfo\":{\"name\":\"x\",\"version\":\"1\"}}}"));
        if (header != null) {
            request.header(header, value);
        }
        return java.net.http.HttpClient.newHttpClient()
                .send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    HarperClient harper() {
        return runtime.client(node);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
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
