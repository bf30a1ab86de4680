package dev.pilothouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pilothouse.plugin.api.Plugin;
import dev.pilothouse.runtime.HarperInstaller;
import dev.pilothouse.runtime.LocalRuntime;
import dev.pilothouse.testsupport.PluginSources;
import dev.pilothouse.testsupport.TestJars;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code --url acme://prod/shop} reaches a real Harper through a runtime connector plugin jar (compiled here) in
 * the console home; the jar resolves to the runtime started for this class and adds a header.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RuntimeConnectorCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path TARGET =
            Path.of(System.getProperty("project.build.directory", "target")).toAbsolutePath();

    private Path dir;
    private Path work;
    private JsonNode node;

    record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    @BeforeAll
    void startRuntimeAndInstallConnector() throws IOException {
        work = TARGET.resolve("cli-connector-test");
        dir = work.resolve("runtime");
        new LocalRuntime(dir, HarperInstaller.forCurrentUser()).stop(); // a killed earlier run may have left one
        deleteTree(work);
        Files.createDirectories(work);
        System.setProperty("pilothouse.home", work.resolve("home").toString());
        Result start = run(
                "runtime",
                "start",
                "--workspace",
                work.resolve("workspace").toString(),
                "--dir",
                dir.toString(),
                "--accept-harper-terms",
                "--json");
        assertThat(start.code()).as(start.err()).isZero();
        node = JSON.readTree(start.out()).get(0);
        Path plugins = Files.createDirectories(work.resolve("home").resolve("plugins"));
        TestJars.build(
                plugins.resolve("acme.jar"),
                PluginSources.connectorPlugin(
                        "acme",
                        "acme",
                        node.get("operationsUrl").asText(),
                        node.get("httpUrl").asText()),
                PluginSources.serviceEntry(PluginSources.className("acme")),
                Map.of(),
                Plugin.class);
    }

    @AfterAll
    void stopRuntime() {
        System.clearProperty("pilothouse.home");
        if (dir != null) {
            Result stop = run(
                    "runtime", "stop", "--workspace", work.resolve("workspace").toString(), "--dir", dir.toString());
            assertThat(stop.code()).as(stop.err()).isZero();
        }
    }

    @Test
    void clusterStatusWorksThroughTheConnectorsUrl() throws IOException {
        Result status = run(withCredentials("cluster", "status", "--url", "acme://prod/shop", "--json"));

        assertThat(status.code()).as(status.err()).isZero();
        JsonNode nodes = JSON.readTree(status.out()).get("nodes");
        assertThat(nodes).hasSize(1);
        assertThat(nodes.get(0).get("reachable").asBoolean()).as(status.out()).isTrue();
    }

    @Test
    void unknownSchemeNamesTheSchemesAvailable() throws IOException {
        Result status = run(withCredentials("cluster", "status", "--url", "nope://prod/shop"));

        assertThat(status.code()).isEqualTo(2);
        assertThat(status.err()).contains("'nope://'").contains("available: acme");
    }

    private String[] withCredentials(String... args) throws IOException {
        JsonNode creds =
                JSON.readTree(Path.of(node.get("credentialsFile").asText()).toFile());
        Path password = Files.writeString(
                work.resolve("password"), creds.get("password").asText());
        return Stream.concat(
                        Stream.of(args),
                        Stream.of("--user", creds.get("username").asText(), "--password-file", password.toString()))
                .toArray(String[]::new);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
