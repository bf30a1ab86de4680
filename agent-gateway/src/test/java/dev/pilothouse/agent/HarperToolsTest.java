package dev.pilothouse.agent;

import static dev.pilothouse.agent.GatewayFixture.call;
import static dev.pilothouse.agent.GatewayFixture.detail;
import static dev.pilothouse.agent.GatewayFixture.structured;
import static dev.pilothouse.agent.GatewayFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.agent.auth.Scope;
import dev.pilothouse.agent.tools.ToolCatalog;
import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.runtime.HarperException;
import dev.pilothouse.runtime.OperationFailedException;
import dev.pilothouse.runtime.UnreachableException;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data-reading tools against a real Harper 4.7, with a protected table and a protected attribute. */
class HarperToolsTest {

    private static final String PROJECT = "agentapp";

    @TempDir
    static Path tmp;

    static GatewayFixture fx;
    static HarperClient harper;
    static McpSyncClient bot;

    @BeforeAll
    static void start() {
        harper = GatewayHarper.runtime().client(GatewayHarper.node());
        fx = new GatewayFixture(tmp, StarterApp.files(), Optional.of(harper), PROJECT, GatewaySettings.LOOPBACK);
        deploy(tmp.resolve("source"));
        whileRestarting(() -> harper.upsert(
                "data",
                "Customer",
                List.of(
                        Map.of("id", "c1", "name", "Ada", "email", "ada@example.com"),
                        Map.of("id", "c2", "name", "Bob", "email", "bob@example.com"))));
        whileRestarting(() -> harper.upsert("data", "Vault", List.of(Map.of("id", "v1", "secret", "hunter2"))));
        fx.gov.protect("Vault", GatewayFixture.ADA_PROVED);
        fx.gov.protect("Customer.email", GatewayFixture.ADA_PROVED);
        bot = fx.client(fx.token("bot", Set.of(Scope.READ)));
    }

    /**
     * Deploys the app. Harper 4.7 sometimes answers get_components with a 500 while its workers restart; the
     * deployer does not wait through that, so the test waits for the component to report healthy itself.
     */
    private static void deploy(Path app) {
        try {
            GatewayHarper.runtime().deployer(GatewayHarper.node()).deploy(app, PROJECT, Duration.ofSeconds(90));
        } catch (OperationFailedException restarting) {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!healthy()) {
                if (System.nanoTime() > deadline) {
                    throw restarting;
                }
                pause();
            }
        }
    }

    private static boolean healthy() {
        try {
            return harper.components().find(PROJECT).map(c -> c.healthy()).orElse(false);
        } catch (HarperException e) {
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Harper restarts its workers after a deploy; writes are retried until it answers again. */
    private static void whileRestarting(Runnable write) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                write.run();
                return;
            } catch (UnreachableException | OperationFailedException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                pause();
            }
        }
    }

    @AfterAll
    static void stop() {
        if (bot != null) {
            bot.close();
        }
        fx.close();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(McpSchema.CallToolResult result) {
        assertThat(result.isError()).as(text(result)).isFalse();
        return (List<Map<String, Object>>) structured(result).get("rows");
    }

    @Test
    void officialTypeScriptClientReadsQueriesAndProposesThroughTheGateway() {
        String token = fx.token("ts-agent", Set.of(Scope.READ, Scope.PROPOSE));
        String newSchema =
                StarterApp.SCHEMA + "\ntype Note @table @export {\n  id: ID @primaryKey\n  text: String\n}\n";

        var result = TypeScriptAgent.run(fx.host.endpoint().toString(), token, Map.of("NEW_SCHEMA", newSchema), tmp);

        assertThat(result.path("tools").toString())
                .contains("describe_app", "query_table", "propose_change")
                .doesNotContain("approve", "deploy", "rollback");
        assertThat(result.path("describeError").asBoolean()).isFalse();
        // other tests of this class may add customers; the TypeScript client must see what the Java client sees
        int javaRows = rows(call(bot, "query_table", Map.of("table", "Customer", "limit", 10)))
                .size();
        assertThat(result.path("rows").asInt()).isEqualTo(javaRows).isGreaterThanOrEqualTo(2);
        String id = result.path("proposal").path("id").asText();
        assertThat(result.path("state").asText()).isIn("validated", "open", "validating");
        var proposal = fx.gov.proposal(id); // what `./pilothouse proposals show` prints
        assertThat(proposal.author()).isEqualTo("agent:ts-agent");
        assertThat(fx.audit("agent.tool").stream().map(e -> detail(e, "tool")).toList())
                .contains("describe_app", "query_table", "propose_change", "proposal_status");
    }

    @Test
    void queryTableRedactsAProtectedAttribute() {
        List<Map<String, Object>> rows = rows(call(bot, "query_table", Map.of("table", "Customer")));

        assertThat(rows).extracting(r -> r.get("name")).contains("Ada", "Bob");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("email")).isEqualTo(ToolCatalog.REDACTED));
        assertThat(text(call(bot, "query_table", Map.of("table", "Customer")))).doesNotContain("@example.com");
    }

    @Test
    void queryTableFiltersWithConditionsAndCapsRows() {
        List<Map<String, Object>> ada = rows(call(
                bot,
                "query_table",
                Map.of(
                        "table",
                        "Customer",
                        "conditions",
                        List.of(Map.of("attribute", "name", "comparator", "equals", "value", "Ada")))));
        List<Map<String, Object>> one = rows(call(bot, "query_table", Map.of("table", "Customer", "limit", 1)));

        assertThat(ada).extracting(r -> r.get("id")).containsExactly("c1");
        assertThat(one).hasSize(1);
    }

    @Test
    void queryTableRefusesAProtectedTable() {
        WorkspaceState before = state();
        McpSchema.CallToolResult result = call(bot, "query_table", Map.of("table", "Vault"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("protected-table").doesNotContain("hunter2");
        assertThat(detail(fx.audit("agent.tool").getLast(), "rule")).isEqualTo("protected-table");
        assertThat(state()).isEqualTo(before);
    }

    /** The workspace plus both tables' record counts and a digest of their records. */
    private static WorkspaceState state() {
        return WorkspaceState.of(fx.gov, harper, List.of("Customer", "Vault"));
    }

    @Test
    void queryTableRefusesSearchingOnAProtectedAttribute() {
        McpSchema.CallToolResult result = call(
                bot,
                "query_table",
                Map.of(
                        "table",
                        "Customer",
                        "conditions",
                        List.of(Map.of("attribute", "email", "comparator", "starts_with", "value", "ada"))));

        assertThat(text(result)).contains("protected-attribute");
    }

    @Test
    void filterValuesCraftedAsInjectionAreOnlyValues() {
        WorkspaceState before = state();
        List<Map<String, Object>> rows = rows(call(
                bot,
                "query_table",
                Map.of(
                        "table",
                        "Customer",
                        "conditions",
                        List.of(Map.of("attribute", "name", "comparator", "equals", "value", "Ada' OR '1'='1")))));
        List<Map<String, Object>> dropAttempt = rows(call(
                bot,
                "query_table",
                Map.of(
                        "table",
                        "Customer",
                        "conditions",
                        List.of(Map.of(
                                "attribute",
                                "name",
                                "comparator",
                                "equals",
                                "value",
                                "x\"; DROP TABLE data.Customer; --")))));
        McpSchema.CallToolResult asNumber = call(
                bot,
                "query_table",
                Map.of(
                        "table",
                        "Customer",
                        "conditions",
                        List.of(Map.of("attribute", "id", "comparator", "equals", "value", Map.of("$ne", "")))));
        McpSchema.CallToolResult system = call(bot, "query_table", Map.of("table", "hdb_user"));
        McpSchema.CallToolResult badAttribute = call(
                bot,
                "query_table",
                Map.of(
                        "table",
                        "Customer",
                        "conditions",
                        List.of(Map.of("attribute", "name' OR 1=1 --", "comparator", "equals", "value", "Ada"))));

        assertThat(rows).isEmpty();
        assertThat(dropAttempt).isEmpty();
        assertThat(asNumber.isError()).isTrue();
        assertThat(text(asNumber)).contains("/conditions/0/value").doesNotContain("Bob");
        assertThat(text(system)).contains("unknown-table");
        assertThat(text(badAttribute)).contains("unknown-attribute");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void recentEventsTailsLiveChangesWithRedaction() {
        call(bot, "recent_events", Map.of("table", "Customer", "waitMs", 0)); // starts watching
        harper.rest().put("/Customer/c3", Map.of("name", "Cy", "email", "cy@example.com"));

        McpSchema.CallToolResult result = call(bot, "recent_events", Map.of("table", "Customer", "waitMs", 5000));

        assertThat(result.isError()).as(text(result)).isFalse();
        assertThat(text(result)).contains("\"c3\"").contains("Cy").doesNotContain("cy@example.com");
        assertThat(text(call(bot, "recent_events", Map.of("table", "Vault")))).contains("protected-table");
    }

    @Test
    void runtimeStatusReportsTheComponent() {
        Map<String, Object> status = structured(call(bot, "runtime_status", Map.of()));

        assertThat(status.get("reachable")).isEqualTo(true);
        assertThat((String) status.get("version")).startsWith("4.7");
        assertThat(((Map<?, ?>) status.get("component")).get("status")).isEqualTo("healthy");
    }
}
