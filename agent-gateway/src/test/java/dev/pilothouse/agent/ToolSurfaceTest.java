package dev.pilothouse.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The boundary as a structure: every registered tool, its name, annotations and schemas. */
class ToolSurfaceTest {

    private static final Pattern GOVERNING = Pattern.compile(
            "approv|deploy|roll_?back|polic|protect|token|revoke|agent|delete|drop|insert|upsert|update|write|set_|"
                    + "restart|reject|merge");

    @TempDir
    static Path tmp;

    static GatewayFixture fx;
    static List<McpSchema.Tool> tools;

    @BeforeAll
    static void start() {
        fx = new GatewayFixture(tmp, StarterApp.files(), Optional.empty(), "app", GatewaySettings.LOOPBACK);
        tools = fx.gateway.tools();
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void theToolSetIsExactlyTheReadAndProposeTools() {
        assertThat(tools)
                .extracting(McpSchema.Tool::name)
                .containsExactlyInAnyOrder(
                        "describe_app",
                        "read_file",
                        "check_files",
                        "query_table",
                        "recent_events",
                        "runtime_status",
                        "propose_change",
                        "proposal_status");
    }

    @Test
    void noToolNameOrTitleSpeaksOfApprovingDeployingPolicyTokensOrWrites() {
        assertThat(tools).allSatisfy(t -> {
            assertThat(GOVERNING.matcher(t.name()).find()).as(t.name()).isFalse();
            assertThat(GOVERNING
                            .matcher(t.title().toLowerCase(java.util.Locale.ROOT))
                            .find())
                    .as(t.title())
                    .isFalse();
        });
    }

    @Test
    void everyToolButProposeChangeIsAnnotatedReadOnlyAndNoneIsDestructive() {
        assertThat(tools).allSatisfy(t -> {
            assertThat(t.annotations()).as(t.name()).isNotNull();
            assertThat(t.annotations().destructiveHint()).as(t.name()).isFalse();
            assertThat(t.annotations().openWorldHint()).as(t.name()).isFalse();
            assertThat(t.annotations().readOnlyHint())
                    .as(t.name())
                    .isEqualTo(!t.name().equals("propose_change"));
        });
    }

    @Test
    void everyToolDeclaresClosedInputAndAnObjectOutputSchema() {
        assertThat(tools).allSatisfy(t -> {
            assertThat(t.inputSchema())
                    .as(t.name())
                    .containsEntry("type", "object")
                    .containsEntry("additionalProperties", false);
            assertThat(t.outputSchema())
                    .as(t.name())
                    .containsEntry("type", "object")
                    .containsKey("properties");
            assertThat(t.description()).as(t.name()).isNotBlank();
        });
    }
}
