package dev.pilothouse.agent;

import static dev.pilothouse.agent.GatewayFixture.call;
import static dev.pilothouse.agent.GatewayFixture.structured;
import static dev.pilothouse.agent.GatewayFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.agent.auth.Scope;
import dev.pilothouse.agent.tools.ToolCatalog;
import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.runtime.HarperException;
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

/**
 * Tables and attributes protected only by the policy's marker in their schema description (no name in the policy)
 * are refused and redacted by every read tool, as names in the policy are.
 */
class ProtectionMarkersTest {

    private static final String PROJECT = "markedapp";
    private static final String SCHEMA = """
            "Payroll. @protected"
            type Salary @table @export {
              id: ID @primaryKey
              amount: Int
            }

            type Staff @table @export {
              id: ID @primaryKey
              name: String
              "Home address. @protected"
              address: String
            }
            """;

    @TempDir
    static Path tmp;

    static GatewayFixture fx;
    static HarperClient harper;
    static McpSyncClient bot;

    @BeforeAll
    static void start() throws InterruptedException {
        harper = GatewayHarper.runtime().client(GatewayHarper.node());
        fx = new GatewayFixture(
                tmp,
                Map.of(
                        "schema.graphql",
                        SCHEMA,
                        "config.yaml",
                        StarterApp.CONFIG,
                        "resources.js",
                        StarterApp.RESOURCES),
                Optional.of(harper),
                PROJECT,
                GatewaySettings.LOOPBACK);
        try {
            GatewayHarper.runtime()
                    .deployer(GatewayHarper.node())
                    .deploy(tmp.resolve("source"), PROJECT, Duration.ofSeconds(90));
        } catch (HarperException restarting) {
            // Harper 4.7 may answer a 500 while its workers restart; the writes below retry until it serves
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                harper.upsert("data", "Salary", List.of(Map.of("id", "s1", "amount", 90210)));
                harper.upsert("data", "Staff", List.of(Map.of("id", "e1", "name", "Ada", "address", "1 Secret Way")));
                break;
            } catch (HarperException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
        assertThat(fx.gov.policy().protectedPrimitives())
                .as("protected by marker only")
                .isEmpty();
        bot = fx.client(fx.token("bot", Set.of(Scope.READ)));
    }

    @AfterAll
    static void stop() {
        if (bot != null) {
            bot.close();
        }
        fx.close();
    }

    @Test
    void aMarkedTableIsRefusedByEveryReadTool() {
        for (String tool : List.of("query_table", "recent_events")) {
            McpSchema.CallToolResult result = call(bot, tool, Map.of("table", "Salary"));
            assertThat(result.isError()).as(tool).isTrue();
            assertThat(text(result))
                    .as(tool)
                    .contains("protected-table", "@protected")
                    .doesNotContain("90210");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMarkedAttributeIsRedactedAndCannotBeSearched() {
        McpSchema.CallToolResult result = call(bot, "query_table", Map.of("table", "Staff"));
        assertThat(result.isError()).as(text(result)).isFalse();
        List<Map<String, Object>> rows =
                (List<Map<String, Object>>) structured(result).get("rows");
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get("name")).isEqualTo("Ada");
            assertThat(r.get("address")).isEqualTo(ToolCatalog.REDACTED);
        });
        assertThat(text(result)).doesNotContain("Secret Way");
        assertThat(text(call(
                        bot,
                        "query_table",
                        Map.of(
                                "table",
                                "Staff",
                                "conditions",
                                List.of(Map.of("attribute", "address", "comparator", "starts_with", "value", "1"))))))
                .contains("protected-attribute");
    }
}
