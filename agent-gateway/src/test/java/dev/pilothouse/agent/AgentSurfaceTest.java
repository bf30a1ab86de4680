package dev.pilothouse.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.agent.auth.Agent;
import dev.pilothouse.agent.auth.Scope;
import dev.pilothouse.agent.tools.AgentSurface;
import dev.pilothouse.agent.tools.ToolCatalog;
import dev.pilothouse.workspace.AppFiles;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "View as agent" is the gateway's own answer: the tools the server lists to a caller, the protection rule the read
 * tools apply, and the files propose_change takes. A tool the gateway lists that the surface leaves out fails here.
 */
class AgentSurfaceTest {

    @TempDir
    static Path tmp;

    static GatewayFixture fx;

    @BeforeAll
    static void start() {
        fx = new GatewayFixture(tmp, StarterApp.files(), Optional.empty(), "app", GatewaySettings.LOOPBACK);
        fx.gov.protect("Vault", GatewayFixture.ADA_PROVED);
        fx.gov.protect("Customer.email", GatewayFixture.ADA_PROVED);
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void theSurfaceListsExactlyTheToolsTheGatewayListsForEveryScopeSet() {
        for (Set<Scope> scopes :
                List.of(Set.<Scope>of(), Set.of(Scope.READ), Set.of(Scope.PROPOSE), EnumSet.allOf(Scope.class))) {
            Agent agent = agent(scopes);

            List<String> listed = fx.gateway.listedTo(agent).stream()
                    .map(McpSchema.Tool::name)
                    .toList();
            List<String> surface = AgentSurface.of(fx.ws, agent).tools().stream()
                    .map(AgentSurface.ToolView::name)
                    .toList();

            assertThat(surface).as("scopes %s", scopes).containsExactlyInAnyOrderElementsOf(listed);
        }
        assertThat(AgentSurface.of(fx.ws, agent(EnumSet.allOf(Scope.class))).tools())
                .extracting(AgentSurface.ToolView::name)
                .containsExactlyInAnyOrderElementsOf(
                        fx.gateway.tools().stream().map(McpSchema.Tool::name).toList());
    }

    @Test
    void protectedTablesAreRefusedAndProtectedAttributesRedactedAsTheReadToolsDo() {
        AgentSurface surface = AgentSurface.of(fx.ws, agent(Set.of(Scope.READ)));

        assertThat(surface.tables())
                .filteredOn(t -> t.table().equals("Vault"))
                .singleElement()
                .satisfies(t -> assertThat(t.refused()).contains("protected"));
        assertThat(surface.tables())
                .filteredOn(t -> t.table().equals("Customer"))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.refused()).isNull();
                    assertThat(t.attributes())
                            .extracting(AgentSurface.AttributeView::name, AgentSurface.AttributeView::redacted)
                            .contains(
                                    org.assertj.core.groups.Tuple.tuple("email", true),
                                    org.assertj.core.groups.Tuple.tuple("name", false));
                });
        assertThat(surface.text()).contains("email: " + ToolCatalog.REDACTED, "Vault: refused");
        assertThat(surface.proposable()).isEmpty();
    }

    @Test
    void aProposingAgentCouldProposeExactlyTheProposableAppFiles() {
        assertThat(AgentSurface.of(fx.ws, agent(EnumSet.allOf(Scope.class))).proposable())
                .containsExactlyElementsOf(AppFiles.PROPOSABLE);
    }

    private static Agent agent(Set<Scope> scopes) {
        return new Agent("viewer", scopes, "0".repeat(64), Instant.EPOCH, null, null);
    }
}
