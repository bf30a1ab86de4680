package dev.pilothouse.cli.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.security.auth.module.UnixSystem;
import dev.pilothouse.agent.auth.AgentRegistry;
import dev.pilothouse.cli.Main;
import dev.pilothouse.workspace.Json;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.humans.Human;
import dev.pilothouse.workspace.humans.OsAccount;
import dev.pilothouse.workspace.humans.Role;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Policy, agent tokens, roles and plugin trust change through change requests: with a second admin they wait for
 * them, a lone admin's apply flagged on every command's output, and nobody grants themselves a role or approves
 * their own request. The test process is one OS account, so it is always ada; bob is a second admin on another
 * account, written into the registry as another admin's registration would.
 */
class BoundaryRequestCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path app;
    private PilothouseHome home;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void workspace() {
        System.setProperty("pilothouse.home", tmp.resolve("home").toString());
        home = new PilothouseHome(tmp.resolve("home"));
        app = tmp.resolve("app");
        assertThat(run("init", app.toString(), "--as", "human:ada")).isZero();
        assertThat(run("humans", "add", "ada")).as(err.toString()).isZero();
    }

    @AfterEach
    void clearHome() {
        System.clearProperty("pilothouse.home");
    }

    @Test
    void aLoneAdminsPolicyChangeAppliesAndEveryCommandSaysItWasMadeAlone() throws IOException {
        assertThat(run("policy", "set", "--breaking-approvals", "1", "--workspace", app.toString()))
                .as(err.toString())
                .isZero();

        assertThat(out.toString()).contains("R1", "applied", "changed by a lone admin");
        assertThat(run("policy", "show", "--json", "--workspace", app.toString()))
                .isZero();
        assertThat(JSON.readTree(out.toString()).path("breakingApprovals").asInt())
                .isEqualTo(1);
        assertThat(err.toString()).contains("warning:", "R1", "changed by a lone admin");
        assertThat(run("history", "--workspace", app.toString())).isZero();
        assertThat(err.toString()).contains("changed by a lone admin");
        assertThat(run("requests", "list")).isZero();
        assertThat(out.toString()).contains("R1", "applied", "[changed by a lone admin]");
        assertThat(run("requests", "acknowledge")).isEqualTo(3);
        assertThat(err.toString()).contains("no-second-admin");
    }

    @Test
    void withASecondAdminAPolicyChangeWaitsAndItsProposerCannotApproveIt() throws IOException {
        secondAdmin();

        assertThat(run("policy", "set", "--breaking-approvals", "1", "--workspace", app.toString()))
                .as(err.toString())
                .isZero();

        assertThat(out.toString()).contains("R1", "waits for a second admin");
        assertThat(run("policy", "show", "--json", "--workspace", app.toString()))
                .isZero();
        assertThat(JSON.readTree(out.toString()).path("breakingApprovals").asInt())
                .isEqualTo(2);
        assertThat(run("requests", "approve", "R1")).isEqualTo(3);
        assertThat(err.toString()).contains("no-self-approval");
        assertThat(run("requests", "show", "R1", "--json")).isZero();
        JsonNode shown = JSON.readTree(out.toString());
        assertThat(shown.path("state").asText()).isEqualTo("PENDING");
        assertThat(shown.path("before").asText()).contains("\"breakingApprovals\":2");
        assertThat(shown.path("after").asText()).contains("\"breakingApprovals\":1");
        assertThat(actions())
                .contains("request.filed", "request.approve.refused")
                .doesNotContain("policy.update");
        assertThat(run("requests", "reject", "R1", "--reason", "changed my mind"))
                .isZero();
        assertThat(actions().getLast()).isEqualTo("request.rejected");
    }

    @Test
    void withASecondAdminANewAgentTokenDoesNotWorkUntilApproved() throws IOException {
        secondAdmin();

        assertThat(run(
                        "agents",
                        "add",
                        "ci",
                        "--scopes",
                        "read,propose",
                        "--home",
                        home.root().toString()))
                .as(err.toString())
                .isZero();

        String token = out.toString().lines().toList().getLast();
        assertThat(token).startsWith(AgentRegistry.TOKEN_PREFIX);
        assertThat(out.toString()).contains("waits for a second admin", "once R1 is approved");
        assertThat(new AgentRegistry(home, Clock.systemUTC()).lookup(token)).isEmpty();
        assertThat(Files.readString(home.requestsFile())).doesNotContain(token);
    }

    @Test
    void withASecondAdminARoleGrantWaitsAndAGrantToYourselfIsRefused() throws IOException {
        secondAdmin();

        assertThat(run("humans", "roles", "bob", "--roles", "admin,approver"))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("waits for a second admin");
        assertThat(run("humans", "roles", "ada", "--roles", "admin,approver")).isEqualTo(3);
        assertThat(err.toString()).contains("no-self-role-change");

        assertThat(run("humans", "list", "--json")).isZero();
        JsonNode humans = JSON.readTree(out.toString());
        assertThat(humans.get(1).path("roles")).extracting(JsonNode::asText).containsExactly("ADMIN");
    }

    @Test
    void aLoneAdminCannotGrantThemselvesARole() throws IOException {
        assertThat(run("humans", "roles", "ada", "--roles", "admin")).isEqualTo(3);

        assertThat(err.toString()).contains("no-self-role-change");
        assertThat(actions().getLast()).isEqualTo("request.file.refused");
        assertThat(run("requests", "list", "--all", "--json")).isZero();
        assertThat(JSON.readTree(out.toString())).isEmpty();
    }

    /** Bob, an admin on another OS account (as a registration approved earlier would have left him). */
    private void secondAdmin() throws IOException {
        List<Human> humans = new java.util.ArrayList<>(Json.MAPPER.readValue(
                home.humansFile().toFile(),
                Json.MAPPER.getTypeFactory().constructCollectionType(List.class, Human.class)));
        long self = new UnixSystem().getUid();
        humans.add(new Human("bob", new OsAccount(self == 65534 ? 1 : 65534, "nobody"), Set.of(Role.ADMIN)));
        Json.MAPPER.writeValue(home.humansFile().toFile(), humans);
    }

    private List<String> actions() throws IOException {
        return Files.readAllLines(home.auditLog()).stream()
                .filter(l -> !l.isBlank())
                .map(l -> {
                    try {
                        return JSON.readTree(l).path("action").asText();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .toList();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
