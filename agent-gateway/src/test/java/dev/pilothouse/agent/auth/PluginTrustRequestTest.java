package dev.pilothouse.agent.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.plugin.host.PluginTrust;
import dev.pilothouse.plugin.host.TrustedJar;
import dev.pilothouse.workspace.Actor;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.Json;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.humans.Human;
import dev.pilothouse.workspace.humans.OsAccount;
import dev.pilothouse.workspace.humans.Role;
import dev.pilothouse.workspace.requests.ChangeRequest;
import dev.pilothouse.workspace.requests.PluginTrustChange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plugin trust through the gateway's boundary requests lands in the console home's own allow-list file. */
class PluginTrustRequestTest {

    private static final OsAccount ADA = new OsAccount(1001, "ada");
    private static final OsAccount BOB = new OsAccount(1002, "bob");
    private static final String SHA = "ab".repeat(32);

    @TempDir
    Path tmp;

    @Test
    void anApprovedTrustRequestWritesTheHomesAllowList() throws Exception {
        PilothouseHome home = new PilothouseHome(tmp.resolve("home"));
        Files.createDirectories(home.root());
        Json.MAPPER.writeValue(
                home.humansFile().toFile(),
                List.of(new Human("ada", ADA, Set.of(Role.ADMIN)), new Human("bob", BOB, Set.of(Role.ADMIN))));
        PluginTrust trust = PluginTrust.in(home.root());

        ChangeRequest r =
                BoundaryRequests.open(home).file(actor("ada", ADA), PluginTrustChange.change(SHA, "lint.jar"));

        assertThat(r.state()).isEqualTo(ChangeRequest.State.PENDING);
        assertThat(trust.find(SHA)).isEmpty();

        BoundaryRequests.open(home).approve(r.id(), actor("bob", BOB));

        assertThat(trust.find(SHA)).map(TrustedJar::name).contains("lint.jar");
        assertThat(BoundaryRequests.open(home).list())
                .singleElement()
                .extracting(ChangeRequest::state)
                .isEqualTo(ChangeRequest.State.APPLIED);
    }

    private static Actor actor(String name, OsAccount account) {
        return new Actor(Identity.parse("human:" + name), account.proof());
    }
}
