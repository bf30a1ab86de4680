package dev.pilothouse.cli.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.cli.Main;
import dev.pilothouse.cli.requests.Requests;
import dev.pilothouse.web.review.WebBoundary;
import dev.pilothouse.web.security.JsonLinesAuditSink;
import dev.pilothouse.web.security.Role;
import dev.pilothouse.web.security.SessionSignIn;
import dev.pilothouse.web.security.UserStore;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.PolicyBoundary;
import dev.pilothouse.workspace.policy.Policy;
import dev.pilothouse.workspace.policy.PolicyStore;
import dev.pilothouse.workspace.requests.Admins;
import dev.pilothouse.workspace.requests.ChangeRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * The same boundary change, in the same situation, gets the same answer from the command line and from the web
 * console: both count the humans registry's admins and the web console's admin users (ADR 0019). Two homes set up
 * alike, ada (this OS account) the registry's admin and grace a web-only user, admin or not; ada turns solo mode on
 * through {@code pilothouse policy set} in one and through the web console's requests in the other.
 */
class OneAdminCountTest {

    @TempDir
    Path tmp;

    private StringWriter out;
    private StringWriter err;

    @AfterEach
    void clearHome() {
        System.clearProperty("pilothouse.home");
    }

    @ParameterizedTest(name = "grace is a web admin: {0}")
    @ValueSource(booleans = {true, false})
    void theCliAndTheWebConsoleCountTheSameAdmins(boolean graceIsAdmin) {
        PilothouseHome cliHome = situation("cli", graceIsAdmin);
        Path app = tmp.resolve("app");
        assertThat(run("init", app.toString(), "--as", "human:ada"))
                .as(err.toString())
                .isZero();
        assertThat(run("policy", "set", "--solo-mode", "on", "--workspace", app.toString()))
                .as(err.toString())
                .isZero();
        ChangeRequest byCli = Requests.open(cliHome).get("R1");

        PilothouseHome webHome = situation("web", graceIsAdmin);
        Policy before = new PolicyStore(webHome.policyFile()).load();
        ChangeRequest byWeb = WebBoundary.open(webHome, users(webHome))
                .file(SessionSignIn.actor("ada"), PolicyBoundary.change(before, before.withSoloMode(true)));

        ChangeRequest.State expected = graceIsAdmin ? ChangeRequest.State.PENDING : ChangeRequest.State.APPLIED;
        assertThat(byCli.state()).isEqualTo(expected);
        assertThat(byWeb.state()).isEqualTo(expected);
        assertThat(byCli.loneAdmin()).isEqualTo(byWeb.loneAdmin()).isEqualTo(!graceIsAdmin);
        assertThat(Admins.of(cliHome))
                .isEqualTo(Admins.of(webHome))
                .contains(Identity.parse("human:ada"))
                .hasSize(graceIsAdmin ? 2 : 1);
        assertThat(new PolicyStore(cliHome.policyFile()).load().soloMode())
                .isEqualTo(!graceIsAdmin)
                .isEqualTo(new PolicyStore(webHome.policyFile()).load().soloMode());
    }

    /** A home where ada is the registry's admin (through the CLI) and grace a web user, admin or viewer. */
    private PilothouseHome situation(String name, boolean graceIsAdmin) {
        PilothouseHome home = new PilothouseHome(tmp.resolve(name));
        System.setProperty("pilothouse.home", home.root().toString());
        assertThat(run("humans", "add", "ada")).as(err.toString()).isZero();
        users(home)
                .create(
                        "first-run",
                        "grace",
                        "correct horse battery",
                        graceIsAdmin ? EnumSet.allOf(Role.class) : Set.of(Role.VIEWER));
        return home;
    }

    private static UserStore users(PilothouseHome home) {
        return new UserStore(
                home.webUsersFile(),
                new Pbkdf2PasswordEncoder(
                        "", 16, 1000, Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256),
                new JsonLinesAuditSink(home.root().resolve("web").resolve("audit.jsonl")));
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
