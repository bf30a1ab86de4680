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
import dev.pilothouse.web.security.AuditEvent;
import dev.pilothouse.web.security.JsonLinesAuditSink;
import dev.pilothouse.web.security.Role;
import dev.pilothouse.web.security.UserStore;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.policy.Policy;
import dev.pilothouse.workspace.requests.ChangeRequests;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/** Agent tokens and the policy, managed in the browser by admins, audited, and refused to anyone else. */
@ViewPackages(packages = "dev.pilothouse.web.editor") // no routes: the views are built by hand here
class AdminViewsTest extends BrowserlessTest {

    @TempDir
    Path tmp;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signIn(String user, String... roles) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        user, "n/a", AuthorityUtils.createAuthorityList(roles)));
    }

    @Test
    void anAdminCreatesATokenShownOnceAndRevokesItAndTheGatewaysRegistryFollows() {
        signIn("ada", "ROLE_ADMIN");
        AgentRegistry registry = new AgentRegistry(new PilothouseHome(tmp.resolve("home")), Clock.systemUTC());
        JsonLinesAuditSink audit = new JsonLinesAuditSink(tmp.resolve("audit.jsonl"));
        AgentsView view = new AgentsView(registry, requests(audit), audit, new AuthenticationContext());
        UI.getCurrent().add(view);

        view.create("ci-bot", EnumSet.of(Scope.READ, Scope.PROPOSE));
        String token = $(TextField.class, view).id("issued-token").getValue();
        assertThat(token).startsWith(AgentRegistry.TOKEN_PREFIX);
        assertThat(registry.lookup(token))
                .hasValueSatisfying(a -> assertThat(a.scopes()).containsExactlyInAnyOrder(Scope.READ, Scope.PROPOSE));
        assertThat(audit.recent(5)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("agent-token-requested");
            assertThat(e.actor()).isEqualTo("ada");
            assertThat(e.details().toString()).doesNotContain(token);
        });

        view.revoke(registry.list().getFirst());
        assertThat(registry.lookup(token).filter(a -> !a.revokedAlready()))
                .as("refused from now on")
                .isEmpty();
        assertThat(audit.recent(5)).extracting(AuditEvent::action).contains("agent-token-revoked");
        assertThat(view.issued().isVisible()).as("the token is not shown again").isFalse();
    }

    /** Ada is the console's only admin user. */
    private ChangeRequests requests(JsonLinesAuditSink audit) {
        UserStore users = new UserStore(
                new PilothouseHome(tmp.resolve("home")).webUsersFile(),
                new Pbkdf2PasswordEncoder(
                        "", 16, 1000, Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256),
                audit);
        users.create("first-run", "ada", "correct horse battery", EnumSet.of(Role.ADMIN));
        return WebBoundary.open(new PilothouseHome(tmp.resolve("home")), users);
    }

    @Test
    void anAdminDemotedWhileThePageIsOpenIsRefusedAndTheRefusalAudited() {
        signIn("ada", "ROLE_ADMIN");
        AgentRegistry registry = new AgentRegistry(new PilothouseHome(tmp.resolve("home")), Clock.systemUTC());
        JsonLinesAuditSink audit = new JsonLinesAuditSink(tmp.resolve("audit.jsonl"));
        AgentsView view = new AgentsView(registry, requests(audit), audit, new AuthenticationContext());
        signIn("ada", "ROLE_VIEWER");

        view.create("sneaky", EnumSet.of(Scope.PROPOSE));

        assertThat(registry.list()).isEmpty();
        assertThat(audit.recent(5)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("refused");
            assertThat(e.details()).containsEntry("action", "agent-token-create");
        });
    }

    @Test
    void anAdminChangesThePolicyAndBadInputNamesItsFieldAndSavesNothing() {
        ReviewFixture fx = new ReviewFixture(tmp);
        signIn("ada", "ROLE_ADMIN");
        PolicyView view = new PolicyView(fx.workspace, fx.governance.requests(), fx.audit, new AuthenticationContext());
        UI.getCurrent().add(view);
        Policy before = fx.governance.policy();

        view.approvals.setValue("two");
        view.save();
        assertThat(view.message().getText())
                .contains("Approvals for a breaking change")
                .contains("'two'");
        assertThat(fx.governance.policy()).isEqualTo(before);

        view.approvals.setValue("1");
        view.protections.setValue("Product, not a name");
        view.save();
        assertThat(view.message().getText())
                .contains("primitive-format")
                .contains("Protected (TABLE")
                .contains("'not a name'");
        assertThat(fx.governance.policy()).isEqualTo(before);

        view.approvals.setValue("1");
        view.expiry.setValue("4");
        view.shadow.setValue("off");
        view.protections.setValue("Product, Product.price");
        view.save();

        Policy after = fx.governance.policy();
        assertThat(after.breakingApprovals()).isEqualTo(1);
        assertThat(after.approvalExpiry()).isEqualTo(Duration.ofHours(4));
        assertThat(after.shadowDeploy()).isEqualTo("off");
        assertThat(after.protectedPrimitives()).isEqualTo(List.of("Product", "Product.price"));
        var entry = fx.governance.audit().entries().getLast();
        assertThat(entry.action()).isEqualTo("policy.update");
        assertThat(entry.actor()).isEqualTo("human:ada");
        assertThat(fx.governance.verifyAudit().ok()).isTrue();
        fx.workspace.close();
    }
}
