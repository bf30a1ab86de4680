package dev.pilothouse.agent.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pilothouse.workspace.Actor;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.Json;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.Refusal;
import dev.pilothouse.workspace.humans.Human;
import dev.pilothouse.workspace.humans.OsAccount;
import dev.pilothouse.workspace.humans.Role;
import dev.pilothouse.workspace.requests.ChangeRequest;
import dev.pilothouse.workspace.requests.ChangeRequests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new agent token is a boundary change: the gateway refuses it until a second admin approved its request. */
class AgentTokenRequestTest {

    private static final OsAccount ADA = new OsAccount(1001, "ada");
    private static final OsAccount BOB = new OsAccount(1002, "bob");

    @TempDir
    Path tmp;

    @Test
    void aNewTokenIsRefusedByTheGatewayUntilASecondAdminApprovesIt() throws Exception {
        PilothouseHome home =
                home(new Human("ada", ADA, Set.of(Role.ADMIN)), new Human("bob", BOB, Set.of(Role.ADMIN)));
        AgentRegistry registry = new AgentRegistry(home, Clock.systemUTC());
        IssuedToken token = registry.prepare("ci", EnumSet.of(Scope.READ, Scope.PROPOSE));

        ChangeRequest r = requests(home).file(actor("ada", ADA), AgentTokenChange.change(token));

        assertThat(r.state()).isEqualTo(ChangeRequest.State.PENDING);
        assertThat(Files.readString(home.requestsFile())).doesNotContain(token.token());
        assertThat(registry.lookup(token.token())).isEmpty();
        assertThatThrownBy(() -> requests(home).approve(r.id(), actor("ada", ADA)))
                .isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).rule())
                .isEqualTo("no-self-approval");
        assertThat(registry.lookup(token.token())).isEmpty();

        requests(home).approve(r.id(), actor("bob", BOB));

        assertThat(registry.lookup(token.token()).orElseThrow().scopes())
                .containsExactlyInAnyOrder(Scope.READ, Scope.PROPOSE);
    }

    @Test
    void aLoneAdminsTokenWorksAtOnceAndIsFlagged() throws Exception {
        PilothouseHome home = home(new Human("ada", ADA, Set.of(Role.ADMIN)));
        AgentRegistry registry = new AgentRegistry(home, Clock.systemUTC());
        IssuedToken token = registry.prepare("ci", EnumSet.of(Scope.READ));

        ChangeRequest r = requests(home).file(actor("ada", ADA), AgentTokenChange.change(token));

        assertThat(r.flagged()).isTrue();
        assertThat(registry.lookup(token.token())).isPresent();
        assertThat(requests(home).loneAdminWarning()).get().asString().contains(ChangeRequests.LONE_ADMIN);
    }

    private PilothouseHome home(Human... humans) throws Exception {
        PilothouseHome home = new PilothouseHome(tmp.resolve("home"));
        Files.createDirectories(home.root());
        Json.MAPPER.writeValue(home.humansFile().toFile(), List.of(humans));
        return home;
    }

    private static ChangeRequests requests(PilothouseHome home) {
        return BoundaryRequests.open(home, Clock.systemUTC());
    }

    private static Actor actor(String name, OsAccount account) {
        return new Actor(Identity.parse("human:" + name), account.proof());
    }
}
