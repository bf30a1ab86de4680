package dev.pilothouse.web.views.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.pilothouse.agent.auth.AgentRegistry;
import dev.pilothouse.agent.auth.Scope;
import dev.pilothouse.web.review.ReviewFixture;
import dev.pilothouse.web.review.WebBoundary;
import dev.pilothouse.web.security.JsonLinesAuditSink;
import dev.pilothouse.web.security.Role;
import dev.pilothouse.web.security.UserStore;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.policy.Policy;
import dev.pilothouse.workspace.requests.ChangeRequest;
import dev.pilothouse.workspace.requests.ChangeRequests;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * With two admin users, the console's policy and agent token changes wait on the Requests page for the other admin:
 * the one who asked cannot approve, the other can.
 */
@ViewPackages(packages = "dev.pilothouse.web.editor") // no routes: the views are built by hand here
class BoundaryRequestsViewTest extends BrowserlessTest {

    @TempDir
    Path tmp;

    private ReviewFixture fx;
    private ChangeRequests requests;

    @BeforeEach
    void twoAdmins() {
        fx = new ReviewFixture(tmp);
        JsonLinesAuditSink audit = new JsonLinesAuditSink(tmp.resolve("web-audit.jsonl"));
        UserStore users = new UserStore(
                new PilothouseHome(tmp.resolve("home")).webUsersFile(),
                new Pbkdf2PasswordEncoder(
                        "", 16, 1000, Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256),
                audit);
        users.create("first-run", "ada", "correct horse battery", EnumSet.of(Role.ADMIN));
        users.create("first-run", "bob", "another long secret", EnumSet.of(Role.ADMIN));
        requests = WebBoundary.open(new PilothouseHome(tmp.resolve("home")), users);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        fx.workspace.close();
    }

    @Test
    void aPolicyChangeWaitsForTheOtherAdminAndItsProposerCannotApproveIt() {
        ReviewFixture.signIn("ada", "ROLE_ADMIN");
        Policy before = fx.governance.policy();
        PolicyView policy = new PolicyView(fx.workspace, requests, fx.audit, new AuthenticationContext());
        UI.getCurrent().add(policy);
        policy.approvals.setValue("1");
        policy.save();

        assertThat(policy.message().getText()).contains("waits for a second admin");
        assertThat(fx.governance.policy()).isEqualTo(before);
        String id = requests.pending().getFirst().id();
        RequestsView adas = new RequestsView(requests, fx.audit, new AuthenticationContext());
        adas.approve(id);
        assertThat(adas.message()).contains("no-self-approval");
        assertThat(fx.governance.policy()).isEqualTo(before);

        ReviewFixture.signIn("bob", "ROLE_ADMIN");
        RequestsView bobs = new RequestsView(requests, fx.audit, new AuthenticationContext());
        assertThat(bobs.shown()).extracting(ChangeRequest::id).containsExactly(id);
        bobs.approve(id);

        assertThat(bobs.message()).contains(id, "applied");
        assertThat(fx.governance.policy().breakingApprovals()).isEqualTo(1);
        assertThat(fx.governance
                        .audit()
                        .entries()
                        .getLast()
                        .details()
                        .path("proof")
                        .path("method")
                        .asText())
                .isEqualTo("web-session");
    }

    @Test
    void aNewAgentTokenIsRefusedByTheGatewayUntilTheOtherAdminApprovesIt() {
        ReviewFixture.signIn("ada", "ROLE_ADMIN");
        AgentRegistry registry = new AgentRegistry(new PilothouseHome(tmp.resolve("home")), Clock.systemUTC());
        AgentsView agents = new AgentsView(registry, requests, fx.audit, new AuthenticationContext());
        UI.getCurrent().add(agents);

        agents.create("ci-bot", EnumSet.of(Scope.READ));
        String token = $(TextField.class, agents).id("issued-token").getValue();

        assertThat(registry.lookup(token)).isEmpty();
        ReviewFixture.signIn("bob", "ROLE_ADMIN");
        new RequestsView(requests, fx.audit, new AuthenticationContext())
                .approve(requests.pending().getFirst().id());
        assertThat(registry.lookup(token)).isPresent();
    }
}
