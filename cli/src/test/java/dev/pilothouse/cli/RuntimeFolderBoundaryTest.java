package dev.pilothouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pilothouse.runtime.HarperInstaller;
import dev.pilothouse.runtime.LocalRuntime;
import dev.pilothouse.runtime.RuntimeNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An agent can write the workspace, so a runtime folder there (an earlier version's {@code .pilothouse/runtime}) is
 * never trusted: its {@code nodes.json}, pointed at the agent's own listener, never receives a call from the console,
 * and so never the Harper admin password.
 */
class RuntimeFolderBoundaryTest {

    private static final Path TARGET =
            Path.of(System.getProperty("project.build.directory", "target")).toAbsolutePath();

    private Path home;
    private Path workspace;
    private Path planted;
    private ServerSocket listener;
    private final List<String> received = new CopyOnWriteArrayList<>();

    record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    @BeforeEach
    void plantAnAgentsRuntimeFolder() throws IOException {
        Path work = Files.createTempDirectory(Files.createDirectories(TARGET), "runtime-boundary-");
        home = work.resolve("home");
        System.setProperty("pilothouse.home", home.toString());
        workspace = Files.createDirectories(work.resolve("shop"));
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::record);
        planted = workspace.resolve(".pilothouse/runtime");
        URI trap = URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/");
        RuntimeNode node = new RuntimeNode(
                "node1",
                "127.0.0.1",
                trap,
                trap,
                1883,
                9933,
                0,
                planted.resolve("credentials.json"),
                planted.resolve("node1/hdb"));
        Files.createDirectories(planted);
        new ObjectMapper().writeValue(planted.resolve("nodes.json").toFile(), List.of(node));
        // the plant is one an unguarded console would follow
        assertThat(new LocalRuntime(planted, HarperInstaller.forCurrentUser()).nodes())
                .singleElement()
                .satisfies(n -> assertThat(n.operationsUrl()).isEqualTo(trap));
    }

    @AfterEach
    void stopAndClose() throws IOException {
        run("runtime", "stop", "--workspace", workspace.toString());
        listener.close();
        System.clearProperty("pilothouse.home");
    }

    @Test
    void startingAndUsingTheLocalRuntimeNeverCallsTheNodesAnAgentWroteIntoTheWorkspace() throws Exception {
        Result before = run("runtime", "status", "--workspace", workspace.toString(), "--json");
        Result tail = run("tail", "Product", "--workspace", workspace.toString(), "--count", "1", "--seconds", "2");
        Result start = run("runtime", "start", "--workspace", workspace.toString(), "--accept-harper-terms", "--json");
        Result status = run("runtime", "status", "--workspace", workspace.toString(), "--json");
        Result audit = run("runtime", "audit", "Product", "--workspace", workspace.toString());

        assertThat(before.code()).as(before.err()).isEqualTo(3); // nothing runs in the console's own folder yet
        assertThat(before.err())
                .contains(planted.toString())
                .contains("ignored")
                .contains("delete");
        assertThat(tail.code()).isEqualTo(2);
        assertThat(tail.err()).contains("No local runtime in " + home).doesNotContain("ignored");
        assertThat(start.code()).as(start.err()).isZero();
        JsonNode node = new ObjectMapper().readTree(start.out()).get(0);
        assertThat(URI.create(node.get("operationsUrl").asText()).getPort()).isNotEqualTo(listener.getLocalPort());
        assertThat(Path.of(node.get("credentialsFile").asText())).startsWithRaw(home);
        assertThat(status.code()).as(status.err()).isZero();
        assertThat(audit.err()).doesNotContain(String.valueOf(listener.getLocalPort()));
        assertThat(start.err() + status.err() + audit.err()).doesNotContain(planted.toString());
        Thread.sleep(200); // a connection would have been accepted by now
        assertThat(received).as("calls to the agent's listener").isEmpty();
        assertThat(planted.resolve("nodes.json")).exists(); // the user deletes it, not the console
    }

    @Test
    void aRuntimeFolderInsideTheWorkspaceIsRefusedByEveryCommandThatTakesOne() throws Exception {
        String ws = workspace.toString();
        String dir = planted.toString();
        List<String[]> commands = List.of(
                new String[] {"runtime", "start", "--workspace", ws, "--dir", dir, "--accept-harper-terms"},
                new String[] {"runtime", "status", "--workspace", ws, "--dir", dir},
                new String[] {"runtime", "stop", "--workspace", ws, "--dir", dir},
                new String[] {"tail", "Product", "--workspace", ws, "--runtime", dir, "--count", "1"},
                new String[] {
                    "visualize",
                    "cluster",
                    "--workspace",
                    ws,
                    "--runtime",
                    dir,
                    "--svg",
                    workspace.resolve("c.svg").toString()
                },
                new String[] {"desktop", "--workspace", ws, "--runtime", dir, "--accept-harper-terms"},
                new String[] {"serve", "--workspace", ws, "--runtime", dir, "--port", "0"});

        for (String[] command : commands) {
            Result result = run(command);
            assertThat(result.code())
                    .as(String.join(" ", command) + "\n" + result.err())
                    .isEqualTo(2);
            assertThat(result.err()).as(String.join(" ", command)).contains(dir).contains("inside the workspace");
        }
        Thread.sleep(200);
        assertThat(received).as("calls to the agent's listener").isEmpty();
        assertThat(workspace.resolve("c.svg")).doesNotExist();
    }

    /** Whatever reaches the agent's listener: a console call would carry an Authorization header. */
    private void record() {
        while (!listener.isClosed()) {
            try (Socket socket = listener.accept()) {
                socket.setSoTimeout(2000);
                InputStream in = socket.getInputStream();
                byte[] head = in.readNBytes(1024);
                received.add(new String(head, StandardCharsets.ISO_8859_1));
            } catch (IOException e) {
                if (!listener.isClosed()) {
                    received.add("connection: " + e.getMessage());
                }
            }
        }
    }
}
