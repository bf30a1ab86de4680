package dev.pilothouse.agent;

import static dev.pilothouse.agent.GatewayFixture.call;
import static dev.pilothouse.agent.GatewayFixture.detail;
import static dev.pilothouse.agent.GatewayFixture.structured;
import static dev.pilothouse.agent.GatewayFixture.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pilothouse.agent.auth.Scope;
import dev.pilothouse.workspace.audit.AuditEntry;
import dev.pilothouse.workspace.proposal.Proposal;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gateway over real HTTP with the SDK's own client; no runtime attached. */
class GatewayTest {

    private static final Set<Scope> READ = Set.of(Scope.READ);
    private static final Set<Scope> BOTH = Set.of(Scope.READ, Scope.PROPOSE);

    @TempDir
    Path tmp;

    GatewayFixture fx;

    @BeforeEach
    void start() {
        fx = new GatewayFixture(
                tmp, StarterApp.files(), Optional.empty(), "app", GatewaySettings.LOOPBACK.withRate(40, 600));
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private static List<String> toolNames(McpSyncClient client) {
        return client.listTools().tools().stream()
                .map(McpSchema.Tool::name)
                .sorted()
                .toList();
    }

    @Test
    void toolListFollowsTheAgentsScopes() {
        try (McpSyncClient reader = fx.client(fx.token("reader", READ));
                McpSyncClient proposer = fx.client(fx.token("proposer", Set.of(Scope.PROPOSE)));
                McpSyncClient both = fx.client(fx.token("both", BOTH))) {
            assertThat(toolNames(reader))
                    .containsExactly(
                            "check_files",
                            "describe_app",
                            "proposal_status",
                            "query_table",
                            "read_file",
                            "recent_events",
                            "runtime_status");
            assertThat(toolNames(proposer)).containsExactly("propose_change");
            assertThat(toolNames(both)).hasSize(8).contains("propose_change", "describe_app");
        }
    }

    @Test
    void readOnlyAgentCallingProposeChangeAnywayIsRefused() {
        try (McpSyncClient reader = fx.client(fx.token("reader", READ))) {
            McpSchema.CallToolResult result = call(
                    reader,
                    "propose_change",
                    Map.of(
                            "files",
                            Map.of("schema.graphql", StarterApp.withAttribute("Customer", "phone")),
                            "rationale",
                            "phones"));

            assertThat(result.isError()).isTrue();
            assertThat(text(result)).contains("scope-required");
        }
        assertThat(fx.gov.proposals()).isEmpty();
        AuditEntry entry = fx.audit("agent.tool").getLast();
        assertThat(entry.actor()).isEqualTo("agent:reader");
        assertThat(detail(entry, "outcome")).isEqualTo("refused");
        assertThat(detail(entry, "rule")).isEqualTo("scope-required");
    }

    @Test
    void unknownTokenGets401AndIsAudited() {
        WorkspaceState before = WorkspaceState.of(fx.gov);
        HttpResponse<String> response = fx.rawInitialize("pht_not-a-real-token", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> h.startsWith("Bearer"));
        AuditEntry entry = fx.audit("agent.auth.refused").getLast();
        assertThat(entry.actor()).isEqualTo(GatewayAudit.UNKNOWN_CALLER);
        assertThat(detail(entry, "reason")).isEqualTo("unknown-token");
        assertThat(fx.auditText()).doesNotContain("pht_not-a-real-token");
        assertThat(WorkspaceState.of(fx.gov)).isEqualTo(before);
    }

    @Test
    void missingTokenGets401() {
        WorkspaceState before = WorkspaceState.of(fx.gov);
        assertThat(fx.rawInitialize(null, null).statusCode()).isEqualTo(401);
        assertThat(fx.rawPost(
                                null,
                                null,
                                toolCall(
                                        "propose_change",
                                        "{\"files\":{\"schema.graphql\":\"x\"}," + "\"rationale\":\"no token\"}"))
                        .statusCode())
                .isEqualTo(401);
        assertThat(detail(fx.audit("agent.auth.refused").getLast(), "reason")).isEqualTo("missing-token");
        assertThat(WorkspaceState.of(fx.gov)).isEqualTo(before);
    }

    private static String toolCall(String tool, String arguments) {
        return "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
                + "\",\"arguments\":" + arguments + "}}";
    }

    @Test
    void revokedTokenGets401AndIsAuditedUnderTheAgent() {
        String token = fx.token("gone", READ);
        assertThat(fx.rawInitialize(token, null).statusCode()).isEqualTo(200);
        fx.registry.revoke("gone");
        WorkspaceState before = WorkspaceState.of(fx.gov);

        assertThat(fx.rawInitialize(token, null).statusCode()).isEqualTo(401);
        AuditEntry entry = fx.audit("agent.auth.refused").getLast();
        assertThat(entry.actor()).isEqualTo("agent:gone");
        assertThat(detail(entry, "reason")).isEqualTo("revoked-token");
        assertThat(fx.auditText()).doesNotContain(token);
        assertThat(WorkspaceState.of(fx.gov)).isEqualTo(before);
    }

    @Test
    void foreignOriginGets403EvenWithAValidToken() {
        String token = fx.token("browser", BOTH);
        WorkspaceState before = WorkspaceState.of(fx.gov);

        assertThat(fx.rawInitialize(token, "http://evil.example").statusCode()).isEqualTo(403);
        assertThat(WorkspaceState.of(fx.gov)).isEqualTo(before);
        assertThat(fx.rawInitialize(token, "http://localhost:5173").statusCode())
                .isEqualTo(200);
        assertThat(fx.audit("agent.origin.refused")).hasSize(1);
    }

    @Test
    void proposeChangeCreatesAProposalByTheAgentAndValidatesItInTheBackground() throws Exception {
        WorkspaceState before = WorkspaceState.of(fx.gov);
        String id;
        try (McpSyncClient bot = fx.client(fx.token("bot", BOTH))) {
            McpSchema.CallToolResult result = call(
                    bot,
                    "propose_change",
                    Map.of(
                            "files",
                            Map.of("schema.graphql", StarterApp.withAttribute("Customer", "phone")),
                            "rationale",
                            "Customers get a phone number"));
            assertThat(result.isError()).as(text(result)).isFalse();
            id = (String) structured(result).get("id");
            assertThat(structured(result).get("state")).isEqualTo("open");

            Map<String, Object> status = awaitValidated(bot, id);
            assertThat(status.get("verdict")).isNotNull();
            assertThat((List<?>) status.get("validation")).isNotEmpty();
        }
        Proposal proposal = fx.gov.proposal(id);
        assertThat(proposal.author()).isEqualTo("agent:bot");
        assertThat(proposal.message()).isEqualTo("Customers get a phone number");
        assertThat(proposal.files()).containsExactly("schema.graphql");
        // the snapshot the abuse tests compare does see a real change: a new proposal branch
        WorkspaceState after = WorkspaceState.of(fx.gov);
        assertThat(after.refs().keySet()).hasSizeGreaterThan(before.refs().size());
        assertThat(after.proposals()).hasSize(1);
    }

    private static Map<String, Object> awaitValidated(McpSyncClient bot, String id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            Map<String, Object> status = structured(call(bot, "proposal_status", Map.of("id", id)));
            if ("validated".equals(status.get("state")) || Instant.now().isAfter(deadline)) {
                assertThat(status.get("state")).isEqualTo("validated");
                return status;
            }
            Thread.sleep(100);
        }
    }

    @Test
    void proposalTouchingAProtectedTableIsRefusedNamingTheRule() {
        fx.gov.protect("Vault", GatewayFixture.ADA_PROVED);
        WorkspaceState before = WorkspaceState.of(fx.gov);
        try (McpSyncClient bot = fx.client(fx.token("bot", BOTH))) {
            McpSchema.CallToolResult result = call(
                    bot,
                    "propose_change",
                    Map.of(
                            "files",
                            Map.of("schema.graphql", StarterApp.withAttribute("Vault", "owner")),
                            "rationale",
                            "owners"));

            assertThat(result.isError()).isTrue();
            assertThat(text(result)).contains("protected-primitive").contains("Vault");
        }
        assertThat(fx.gov.proposals()).isEmpty();
        assertThat(detail(fx.audit("agent.tool").getLast(), "rule")).isEqualTo("protected-primitive");
        assertThat(WorkspaceState.of(fx.gov)).isEqualTo(before);
    }

    @Test
    void fileNamesOutsideTheAppAreRefused() {
        WorkspaceState before = WorkspaceState.of(fx.gov);
        try (McpSyncClient bot = fx.client(fx.token("bot", BOTH))) {
            McpSchema.CallToolResult traversal = call(
                    bot,
                    "propose_change",
                    Map.of("files", Map.of("../../home/policy.json", "{}"), "rationale", "sneaky"));
            McpSchema.CallToolResult dotGit = call(
                    bot, "propose_change", Map.of("files", Map.of(".git/config", "[core]"), "rationale", "sneakier"));
            McpSchema.CallToolResult stranger = call(
                    bot, "propose_change", Map.of("files", Map.of("notes.txt", "hello"), "rationale", "another file"));
            McpSchema.CallToolResult unknown =
                    call(bot, "check_files", Map.of("files", Map.of("Dockerfile", "FROM node")));
            McpSchema.CallToolResult manifest =
                    call(bot, "check_files", Map.of("files", Map.of("package.json", "{\"type\": \"commonjs\"}")));

            assertThat(text(traversal)).contains("path-traversal");
            assertThat(text(unknown)).contains("app-files-only");
            assertThat(text(manifest)).contains("CommonJS").doesNotContain("app-files-only");
            assertThat(dotGit.isError()).isTrue();
            assertThat(text(stranger)).contains("app-files-only");
        }
        assertThat(fx.gov.proposals()).isEmpty();
        assertThat(WorkspaceState.of(fx.gov)).isEqualTo(before);
    }

    @Test
    void checkFilesReportsDiagnosticsWithoutProposing() {
        try (McpSyncClient bot = fx.client(fx.token("bot", READ))) {
            McpSchema.CallToolResult result = call(
                    bot,
                    "check_files",
                    Map.of(
                            "files",
                            Map.of("schema.graphql", "type Broken @table {\n  id: ID @primaryKey\n  name: Strin\n")));

            assertThat(result.isError()).as(text(result)).isFalse();
            assertThat(structured(result).get("ok")).isEqualTo(false);
            assertThat(((Number) structured(result).get("errors")).intValue()).isPositive();
        }
        assertThat(fx.gov.proposals()).isEmpty();
    }

    @Test
    void describeAndReadFileShowTheAppAtHead() {
        try (McpSyncClient bot = fx.client(fx.token("bot", READ))) {
            Map<String, Object> app = structured(call(bot, "describe_app", Map.of()));
            McpSchema.CallToolResult file = call(bot, "read_file", Map.of("file", "schema.graphql"));
            McpSchema.CallToolResult missing =
                    call(bot, "read_file", Map.of("file", "schema.graphql", "version", "deploy/9"));

            assertThat((List<?>) app.get("tables")).hasSize(2);
            assertThat(structured(file).get("text")).isEqualTo(StarterApp.SCHEMA);
            assertThat(text(missing)).contains("unknown-version");
        }
    }

    @Test
    void malformedJsonRpcIsRefusedAndChangesNothing() {
        String token = fx.token("garbler", BOTH);
        var historyBefore = fx.gov.history(100);
        WorkspaceState before = WorkspaceState.of(fx.gov);

        var notJson = fx.rawPost(token, null, "{\"jsonrpc\": \"2.0\", \"method\": ");
        var notRpc = fx.rawPost(token, null, "[1, 2, 3]");

        assertThat(notJson.statusCode()).isBetween(400, 499);
        assertThat(notRpc.statusCode()).isBetween(400, 499);
        assertThat(fx.gov.proposals()).isEmpty();
        assertThat(fx.gov.history(100)).isEqualTo(historyBefore);
        assertThat(fx.audit("agent.request.refused"))
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.actor()).isEqualTo("agent:garbler"));
        assertThat(WorkspaceState.of(fx.gov)).isEqualTo(before);
    }

    @Test
    void oversizedRequestGets413() {
        String token = fx.token("big", BOTH);
        WorkspaceState before = WorkspaceState.of(fx.gov);
        String body = toolCall(
                "propose_change",
                "{\"files\":{\"schema.graphql\":\"" + "a".repeat(GatewaySettings.LOOPBACK.maxRequestBytes() + 1)
                        + "\"},\"rationale\":\"big\"}");

        assertThat(fx.rawPost(token, null, body).statusCode()).isEqualTo(413);
        assertThat(fx.audit("agent.request.refused")).hasSize(1);
        assertThat(WorkspaceState.of(fx.gov)).isEqualTo(before);
    }

    @Test
    void toolsThatDoNotExistAreRefusedAndAudited() throws InterruptedException {
        try (McpSyncClient bot = fx.client(fx.token("bot", BOTH))) {
            String id = (String) structured(call(
                            bot,
                            "propose_change",
                            Map.of(
                                    "files",
                                    Map.of("schema.graphql", StarterApp.withAttribute("Customer", "phone")),
                                    "rationale",
                                    "something to approve")))
                    .get("id");
            awaitValidated(bot, id); // background validation done: nothing else moves the workspace now
            WorkspaceState before = WorkspaceState.of(fx.gov);

            assertThatThrownBy(() -> call(bot, "approve_proposal", Map.of("id", "p1")))
                    .hasMessageContaining("Unknown tool: approve_proposal")
                    .hasMessageContaining("unknown-tool");
            assertThatThrownBy(() -> call(bot, "deploy", Map.of())).hasMessageContaining("Unknown tool: deploy");
            assertThat(WorkspaceState.of(fx.gov)).isEqualTo(before);
        }
        assertThat(fx.gov.proposal("p1").state().name()).isEqualTo("VALIDATED");
        List<AuditEntry> refused = fx.audit("agent.tool").stream()
                .filter(e -> "unknown-tool".equals(detail(e, "rule")))
                .toList();
        assertThat(refused).extracting(e -> detail(e, "tool")).containsExactly("approve_proposal", "deploy");
        assertThat(refused).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo("agent:bot");
            assertThat(detail(e, "outcome")).isEqualTo("refused");
            assertThat(detail(e, "argumentsSha256")).hasSize(64);
        });
        assertThat(fx.gov.verifyAudit().ok()).isTrue();
    }

    @Test
    void unknownToolFromAReadOnlyAgentOverRawHttpIsAuditedToo() {
        String token = fx.token("raw", READ);
        WorkspaceState before = WorkspaceState.of(fx.gov);

        HttpResponse<String> response = fx.rawPost(token, null, toolCall("rollback", "{\"to\":\"deploy/1\"}"));

        assertThat(response.body())
                .contains("\"code\":-32602")
                .contains("Unknown tool: rollback")
                .contains("\"id\":7");
        assertThat(detail(fx.audit("agent.tool").getLast(), "tool")).isEqualTo("rollback");
        assertThat(detail(fx.audit("agent.tool").getLast(), "rule")).isEqualTo("unknown-tool");
        assertThat(WorkspaceState.of(fx.gov)).isEqualTo(before);
    }

    @Test
    void unknownToolFromAForeignOriginGets403LikeAnyOtherRequest() {
        String token = fx.token("browser", READ);

        HttpResponse<String> response = fx.rawPost(token, "http://evil.example", toolCall("deploy", "{}"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(fx.audit("agent.origin.refused")).hasSize(1);
        assertThat(fx.audit("agent.tool")).isEmpty();
    }

    @Test
    void rateLimitAnswers429WithRetryAfterAndAuditsTheBurstOnce() {
        fx.close();
        fx = new GatewayFixture(
                tmp.resolve("limited"),
                StarterApp.files(),
                Optional.empty(),
                "app",
                GatewaySettings.LOOPBACK.withRate(3, 1));
        String token = fx.token("flood", READ);
        WorkspaceState before = WorkspaceState.of(fx.gov);
        for (int i = 0; i < 3; i++) {
            assertThat(fx.rawInitialize(token, null).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> limited = fx.rawInitialize(token, null);
        fx.rawInitialize(token, null);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After").map(Long::parseLong))
                .hasValueSatisfying(s -> assertThat(s).isBetween(1L, 60L));
        assertThat(fx.audit("agent.rate-limited")).hasSize(1);
        assertThat(WorkspaceState.of(fx.gov)).isEqualTo(before);
    }

    @Test
    void everyToolCallIsAuditedWithAgentToolAndOutcomeButNeverTheToken() {
        String token = fx.token("bot", READ);
        try (McpSyncClient bot = fx.client(token)) {
            call(bot, "describe_app", Map.of());
            call(bot, "read_file", Map.of("file", "config.yaml"));
        }
        List<AuditEntry> calls = fx.audit("agent.tool");
        assertThat(calls).extracting(e -> detail(e, "tool")).containsExactly("describe_app", "read_file");
        assertThat(calls).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo("agent:bot");
            assertThat(detail(e, "outcome")).isEqualTo("ok");
            assertThat(detail(e, "argumentsSha256")).hasSize(64);
        });
        assertThat(fx.auditText()).doesNotContain(token);
        assertThat(fx.gov.verifyAudit().ok()).isTrue();
    }
}
