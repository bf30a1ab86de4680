package dev.pilothouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.runtime.HarperInstaller;
import dev.pilothouse.runtime.LocalRuntime;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The runtime commands against one real Harper started through {@code runtime start} once for the class and stopped
 * through {@code runtime stop} at the end. The runtime lives under target/ (Harper's root path must be stable for
 * the whole class).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RuntimeCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path TARGET =
            Path.of(System.getProperty("project.build.directory", "target")).toAbsolutePath();

    private static final String CONFIG =
            "rest: true\ngraphqlSchema:\n  files: 'schema.graphql'\n" + "jsResource:\n  files: 'resources.js'\n";
    private static final String RESOURCES = "import { Resource } from 'harperdb';\n"
            + "export class Hello extends Resource {\n  get() { return { hello: 'world' }; }\n}\n";
    private static final String SCHEMA = "type Product @table @export {\n  id: ID @primaryKey\n"
            + "  name: String @indexed\n  price: Float @indexed\n  stock: Int\n}\n";
    /** The closing brace is missing: Harper reports a GraphQL syntax error. */
    private static final String BROKEN_SCHEMA =
            "type Product @table @export {\n  id: ID @primaryKey\n" + "  name: String @indexed\n\n";

    private Path dir;
    private Path work;
    private JsonNode started;

    record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    @BeforeAll
    void startRuntime() throws IOException {
        work = Files.createDirectories(TARGET.resolve("cli-runtime-test"));
        System.setProperty("pilothouse.home", work.resolve("home").toString()); // console state stays in target/
        dir = work.resolve("runtime");
        new LocalRuntime(dir, HarperInstaller.forCurrentUser()).stop(); // a killed earlier run may have left one
        deleteTree(work); // a fresh database: tail's replay must hold only what these tests wrote
        Files.createDirectories(work);
        Result tester = run("humans", "add", "tester"); // this process's OS account acts as human:tester
        assertThat(tester.code()).as(tester.err()).isZero();
        Result start = run(
                "runtime",
                "start",
                "--workspace",
                outside(),
                "--dir",
                dir.toString(),
                "--accept-harper-terms",
                "--json");
        assertThat(start.code()).as(start.err()).isZero();
        started = JSON.readTree(start.out());
    }

    @AfterAll
    void stopRuntime() {
        System.clearProperty("pilothouse.home");
        if (dir == null) {
            return;
        }
        Result stop = run("runtime", "stop", "--workspace", outside(), "--dir", dir.toString());
        assertThat(stop.code()).as(stop.err()).isZero();
        assertThat(stop.out()).contains("stopped");
        Result status = run("runtime", "status", "--workspace", outside(), "--dir", dir.toString(), "--json");
        assertThat(status.code()).isEqualTo(3); // nothing runs any more
    }

    @Test
    @Order(1)
    void startPrintsTheNodesWithTheirFieldsAndAnOwnerOnlyCredentialsFile() throws IOException {
        assertThat(started.isArray()).isTrue();
        assertThat(started).hasSize(1);
        JsonNode node = started.get(0);
        assertThat(node.fieldNames())
                .toIterable()
                .containsExactly("name", "host", "operationsUrl", "httpUrl", "mqttPort", "pid", "credentialsFile");
        assertThat(node.get("host").asText()).isEqualTo("127.0.0.1");
        assertThat(node.get("operationsUrl").asText()).startsWith("http://127.0.0.1:");
        assertThat(node.get("httpUrl").asText()).startsWith("http://127.0.0.1:");
        assertThat(node.get("mqttPort").asInt()).isPositive();
        assertThat(ProcessHandle.of(node.get("pid").asLong())).isPresent();

        Path credentials = Path.of(node.get("credentialsFile").asText());
        assertThat(Files.getPosixFilePermissions(credentials))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        JsonNode creds = JSON.readTree(credentials.toFile());
        assertThat(creds.fieldNames()).toIterable().containsExactlyInAnyOrder("username", "password");
        assertThat(creds.get("password").asText()).isNotBlank();
    }

    @Test
    @Order(2)
    void statusReportsTheSameNodeAsRunning() throws IOException {
        Result status = run("runtime", "status", "--workspace", outside(), "--dir", dir.toString(), "--json");

        assertThat(status.code()).as(status.err()).isZero();
        JsonNode nodes = JSON.readTree(status.out());
        assertThat(nodes).hasSize(1);
        JsonNode node = nodes.get(0);
        assertThat(node.get("state").asText()).isEqualTo("running");
        for (String field : List.of("name", "host", "operationsUrl", "httpUrl", "mqttPort", "pid", "credentialsFile")) {
            assertThat(node.get(field)).as(field).isEqualTo(started.get(0).get(field));
        }
    }

    @Test
    @Order(3)
    void governedHeadDeployOfAGoodAppExitsZeroAndServesTheTable() throws IOException {
        Path workspace = workspace("shop", SCHEMA);
        Result solo = run("policy", "set", "--solo-mode", "on", "--workspace", workspace.toString());
        assertThat(solo.code()).as(solo.err()).isZero();
        Files.writeString(workspace.resolve("config.yaml"), CONFIG + "# deployed alone\n");
        Files.writeString(workspace.resolve("stray.txt"), "not part of the app\n");

        Result deploy = run(
                "deploy",
                "--head",
                "--as",
                "human:tester",
                "--workspace",
                workspace.toString(),
                "--runtime",
                dir.toString(),
                "--project",
                "shop");

        assertThat(deploy.code()).as(deploy.err()).isZero();
        assertThat(deploy.out()).contains("deploy/1", "+# deployed alone").doesNotContain("stray");
        // each step is printed as it ends, in order, with what it found
        assertThat(deploy.out()
                        .lines()
                        .map(String::strip)
                        .filter(l -> l.matches(
                                "^(check|deploy|health|" + "error-rate watch|commit) +(done|skipped|failed).*"))
                        .map(l -> l.split(" {2,}")[0])
                        .toList())
                .containsExactly("check", "deploy", "health", "error-rate watch", "commit");
        assertThat(deploy.out()).containsPattern("health +done in \\d+\\.\\d s: component healthy, GET /Product/");
        assertThat(deploy.err()).contains("solo mode is on");
        try (var git = dev.pilothouse.workspace.versioning.Versioning.open(workspace)) {
            assertThat(git.files(git.head())).containsKey("config.yaml").doesNotContainKey("stray.txt");
        }
        client().rest().put("/Product/p1", Map.of("name", "Widget", "price", 9.5, "stock", 3));
        assertThat(client().rest().get("/Product/p1"))
                .hasValueSatisfying(v -> assertThat(v.get("name").asText()).isEqualTo("Widget"));
    }

    @Test
    @Order(4)
    void governedDeployOfABrokenSchemaIsRefusedBeforeHarperAndTheOldVersionKeepsServing() throws IOException {
        Path workspace = workspace("shop-broken", BROKEN_SCHEMA);

        Result deploy = run(
                "deploy",
                "--head",
                "--as",
                "human:tester",
                "--workspace",
                workspace.toString(),
                "--runtime",
                dir.toString(),
                "--project",
                "shop");

        assertThat(deploy.code()).isNotZero();
        // Harper's own refusal of a broken schema is DeployIT's subject; governance stops it earlier, naming the line
        assertThat(deploy.out() + deploy.err()).contains("validation-must-pass").contains("schema.graphql:5:1");
        assertThat(client().rest().get("/Product/p1")).isPresent();
    }

    @Test
    @Order(5)
    void tailPrintsJsonEventsForWritesMadeWhileItRuns() throws Exception {
        client().rest().put("/Product/seed", Map.of("name", "Seed", "price", 1.0, "stock", 1));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // the table holds p1 and seed (replayed), then the two writes below arrive live
        CompletableFuture<Integer> tail = CompletableFuture.supplyAsync(() -> Main.run(
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                "tail",
                "Product",
                "--workspace",
                outside(),
                "--runtime",
                dir.toString(),
                "--count",
                "4",
                "--seconds",
                "30",
                "--json"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!out.toString().contains("\"seed\"") && System.nanoTime() < deadline && !tail.isDone()) {
            Thread.sleep(20);
        }
        assertThat(out.toString()).as(err.toString()).contains("\"seed\"");

        client().rest().put("/Product/live1", Map.of("name", "Live one", "price", 2.0, "stock", 2));
        client().rest().delete("/Product/seed");

        assertThat(tail.get(30, TimeUnit.SECONDS)).as(err.toString()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().strip().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).hasSize(4);
        for (JsonNode line : lines) {
            assertThat(line.fieldNames()).toIterable().contains("type", "id", "value", "version");
        }
        assertThat(lines.subList(0, 2)).extracting(l -> l.get("id").asText()).containsExactlyInAnyOrder("p1", "seed");
        assertThat(lines.subList(0, 2))
                .allSatisfy(l -> assertThat(l.get("replay").asBoolean()).isTrue());
        JsonNode put = lines.get(2);
        assertThat(put.get("type").asText()).isEqualTo("put");
        assertThat(put.get("id").asText()).isEqualTo("live1");
        assertThat(put.get("value").get("name").asText()).isEqualTo("Live one");
        assertThat(put.get("version").asDouble()).isPositive();
        assertThat(put.get("replay").asBoolean()).isFalse();
        JsonNode delete = lines.get(3);
        assertThat(delete.get("type").asText()).isEqualTo("delete");
        assertThat(delete.get("id").asText()).isEqualTo("seed");
        assertThat(delete.get("value").isNull()).isTrue();
    }

    @Test
    @Order(6)
    void commandsAgainstAFolderWithoutARuntimeFailWithOneReadableLine() {
        Result tail = run(
                "tail",
                "Product",
                "--workspace",
                outside(),
                "--runtime",
                work.resolve("absent").toString(),
                "--count",
                "1");

        assertThat(tail.code()).isNotZero();
        assertThat(tail.err()).contains("No local runtime");
    }

    @Test
    @Order(7)
    void clusterDiagramOfARunningRuntimeShowsItsNode() throws IOException {
        Path svg = work.resolve("cluster.svg");

        Result drawn = run(
                "visualize", "cluster", "--workspace", outside(), "--runtime", dir.toString(), "--svg", svg.toString());

        assertThat(drawn.code()).as(drawn.err()).isZero();
        String text = Files.readString(svg);
        assertThat(text)
                .startsWith("<svg")
                .contains("data-id=\"node:127.0.0.1\"")
                .contains("healthy");
    }

    /**
     * The CLI prints what the consoles show (ADR 0020): the same records through {@code tail}, {@code mqtt tail} and
     * {@code runtime audit} show a protected attribute's value to tester (this account's human, admin and approver)
     * and a mask to this same account in a home where it is not registered; a table protected whole is not
     * subscribed to at all.
     */
    @Test
    @Order(8)
    void tailMqttAndAuditMaskProtectedDataForACallerWithoutClearance() throws Exception {
        client().rest().put("/Product/secret", Map.of("name", "Secret", "price", 42.5, "stock", 7));
        Path marked = Files.createDirectories(work.resolve("marked"));
        Files.writeString(
                marked.resolve("schema.graphql"), SCHEMA.replace("  price:", "  \"\"\"@protected\"\"\"\n  price:"));
        String[] tail = {
            "tail",
            "Product",
            "--runtime",
            dir.toString(),
            "--workspace",
            marked.toString(),
            "--count",
            "3",
            "--seconds",
            "20",
            "--json"
        };

        Result cleared = run(tail);
        assertThat(cleared.code()).as(cleared.err()).isZero();
        assertThat(secret(cleared).get("price").asDouble()).isEqualTo(42.5);
        assertThat(cleared.err()).doesNotContain("masked:");
        Result clearedAudit = run(
                "runtime",
                "audit",
                "data.Product",
                "--runtime",
                dir.toString(),
                "--workspace",
                marked.toString(),
                "--json");
        assertThat(clearedAudit.code()).as(clearedAudit.err()).isZero();
        assertThat(auditedSecret(clearedAudit).get("price").asDouble()).isEqualTo(42.5);

        String home = System.getProperty("pilothouse.home");
        Path viewerHome = work.resolve("viewer-home");
        copyTree(Path.of(home).resolve("runtimes"), viewerHome.resolve("runtimes")); // the same Harper password
        System.setProperty("pilothouse.home", viewerHome.toString()); // but nobody registered here
        try {
            Result masked = run(tail);
            assertThat(masked.code()).as(masked.err()).isZero();
            assertThat(secret(masked).get("price").asText()).isEqualTo("\u2039@protected in schema.graphql\u203a");
            assertThat(secret(masked).get("name").asText()).isEqualTo("Secret");
            assertThat(masked.err())
                    .contains("masked: data.Product.price is @protected in schema.graphql; only"
                            + " approvers and admins see its values (you are the unregistered OS account");

            Result audit = run(
                    "runtime",
                    "audit",
                    "data.Product",
                    "--runtime",
                    dir.toString(),
                    "--workspace",
                    marked.toString(),
                    "--json");
            assertThat(audit.code()).as(audit.err()).isZero();
            assertThat(auditedSecret(audit).get("price").asText())
                    .isEqualTo("\u2039@protected in schema.graphql\u203a");
            assertThat(auditedSecret(audit).get("name").asText()).isEqualTo("Secret");
            assertThat(audit.err()).contains("masked: data.Product.price");

            Result mqtt = run(
                    "mqtt",
                    "tail",
                    "Product/#",
                    "--runtime",
                    dir.toString(),
                    "--workspace",
                    marked.toString(),
                    "--count",
                    "3",
                    "--seconds",
                    "20",
                    "--json");
            assertThat(mqtt.code()).as(mqtt.err()).isZero();
            assertThat(secret(mqtt).get("price").asText()).isEqualTo("\u2039@protected in schema.graphql\u203a");
            assertThat(mqtt.err()).contains("masked: data.Product.price");

            Files.writeString(marked.resolve("schema.graphql"), "\"\"\"Ledger @protected\"\"\"\n" + SCHEMA);
            Result whole = run(tail);
            assertThat(whole.code()).isEqualTo(3);
            assertThat(whole.out()).isEmpty();
            assertThat(whole.err())
                    .contains("masked: data.Product is @protected in schema.graphql: only approvers"
                            + " and admins see its records");
        } finally {
            System.setProperty("pilothouse.home", home);
        }
    }

    /** The record {@code secret} in a stream's JSON lines. */
    private static JsonNode secret(Result stream) throws IOException {
        for (String line : stream.out().strip().split("\n")) {
            JsonNode event = JSON.readTree(line);
            if ("secret".equals(event.path("id").asText())) {
                return event.get("value");
            }
        }
        throw new AssertionError("no event for secret in " + stream.out() + stream.err());
    }

    /** The record {@code secret} as the last audit entry that wrote it holds it. */
    private static JsonNode auditedSecret(Result audit) throws IOException {
        JsonNode found = null;
        for (String line : audit.out().strip().split("\n")) {
            for (JsonNode record : JSON.readTree(line).path("records")) {
                if ("secret".equals(record.path("id").asText())) {
                    found = record;
                }
            }
        }
        assertThat(found)
                .as("an audited write of secret in " + audit.out() + audit.err())
                .isNotNull();
        return found;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private HarperClient client() {
        // the CLI keeps the runtime's password under its home (pilothouse.home here), as it does the folder
        LocalRuntime runtime = new LocalRuntime(
                dir,
                HarperInstaller.forCurrentUser(),
                new dev.pilothouse.workspace.PilothouseHome(work.resolve("home")).runtimeSecrets(dir));
        return runtime.client(runtime.nodes().get(0));
    }

    /**
     * The workspace the runtime commands serve: the runtime folder lies outside it (the current folder, this module,
     * holds target/ and so the runtime folder, and a runtime folder inside the workspace is refused).
     */
    private String outside() {
        return work.resolve("workspaces").toString();
    }

    /** A Pilothouse workspace (Git repository) created from an app folder, with console state in target/. */
    private Path workspace(String name, String schema) throws IOException {
        Path app = app(name, schema);
        Path workspace = work.resolve("workspaces").resolve(name);
        Result init = run("init", workspace.toString(), "--from", app.toString());
        assertThat(init.code()).as(init.err()).isZero();
        return workspace;
    }

    private Path app(String name, String schema) throws IOException {
        Path app = Files.createDirectories(work.resolve("apps").resolve(name));
        Files.writeString(app.resolve("schema.graphql"), schema);
        Files.writeString(app.resolve("config.yaml"), CONFIG);
        Files.writeString(app.resolve("resources.js"), RESOURCES);
        return app;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Files.copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
    }
}
