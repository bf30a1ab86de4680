package dev.pilothouse.desktop.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.agent.auth.AgentRegistry;
import dev.pilothouse.agent.auth.Scope;
import dev.pilothouse.agent.tools.AgentSurface;
import dev.pilothouse.desktop.TestHumans;
import dev.pilothouse.desktop.service.WorkspaceGovernance;
import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.WorkspaceInit;
import dev.pilothouse.workspace.humans.HumanRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** View as agent over a governed temp workspace: the ViewModel holds the gateway's own {@code AgentSurface}. */
class AgentSurfaceViewModelTest {

    @TempDir
    Path tmp;

    PilothouseHome home;
    Path workspace;
    AgentSurfaceViewModel model;

    @BeforeEach
    void governedWorkspace() throws IOException {
        home = new PilothouseHome(tmp.resolve("home"));
        Path source = Files.createDirectories(tmp.resolve("source"));
        for (String f : new String[] {"schema.graphql", "config.yaml", "resources.js"}) {
            Files.copy(Path.of("src/test/resources/workspaces/fleet", f), source.resolve(f));
        }
        workspace = tmp.resolve("fleet");
        WorkspaceInit.init(workspace, Optional.of(source), Identity.parse("human:ada"), home);
        HumanRegistry humans = TestHumans.registered(home, "ada");
        WorkspaceGovernance port = new WorkspaceGovernance(home, humans, null);
        try (Governance g = Governance.open(workspace, home, Optional.empty())) {
            g.protect("Boat.name", port.user()); // ada alone: applies at once
        }
        new AgentRegistry(home, Clock.systemUTC()).add("reader", Set.of(Scope.READ));
        GovernedCalls calls = new GovernedCalls(
                port,
                new TasksViewModel(Runnable::run, Runnable::run),
                Runnable::run,
                Runnable::run,
                () -> workspace,
                () -> null,
                () -> "fleet");
        model = new AgentSurfaceViewModel(port.boundary(), calls, Runnable::run, Runnable::run);
    }

    @Test
    void aRegisteredAgentsSurfaceIsTheGatewaysOwnWithTheProtectedAttributeRedacted() {
        assertThat(model.refreshAgents().join()).containsExactly("reader");

        AgentSurface shown = model.show("reader", Set.of()).join();

        assertThat(model.surfaceProperty().get()).isSameAs(shown);
        assertThat(shown.agent()).isEqualTo("reader");
        assertThat(shown.scopes()).containsExactly("read");
        assertThat(shown.tools())
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.scope()).isEqualTo("read"));
        assertThat(shown.tables())
                .filteredOn(t -> t.table().equals("Boat"))
                .singleElement()
                .satisfies(boat -> {
                    assertThat(boat.refused()).isNull();
                    assertThat(boat.attributes())
                            .filteredOn(AgentSurface.AttributeView::redacted)
                            .extracting(AgentSurface.AttributeView::name)
                            .containsExactly("name");
                });
        assertThat(shown.proposable()).isEmpty();
    }

    @Test
    void proposedScopesStandInForAnAgentAndNothingChosenShowsNothing() {
        AgentSurface proposed = model.show(null, Set.of(Scope.PROPOSE)).join();

        assertThat(proposed.scopes()).containsExactly("propose");
        assertThat(proposed.tables()).allSatisfy(t -> assertThat(t.refused()).isEqualTo("no read scope"));
        assertThat(proposed.proposable()).isNotEmpty();

        assertThat(model.show(" ", Set.of()).join()).isNull();
        assertThat(model.surfaceProperty().get()).isNull();
        assertThat(model.messageProperty().get()).contains("Pick an agent");
    }
}
