package dev.pilothouse.web.views.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.pilothouse.agent.GatewaySettings;
import dev.pilothouse.agent.auth.AgentRegistry;
import dev.pilothouse.agent.auth.Scope;
import dev.pilothouse.web.agents.AgentGatewayHost;
import dev.pilothouse.web.review.ReviewFixture;
import dev.pilothouse.web.runtime.HarperConnection;
import dev.pilothouse.workspace.Actor;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.humans.OsAccount;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.core.context.SecurityContextHolder;

/** View as agent in the browser: the gateway's own surface for a registered agent or a proposed scope set. */
@ViewPackages(packages = "dev.pilothouse.web.editor") // no routes: the view is built by hand here
class AgentSurfaceViewTest extends BrowserlessTest {

    @TempDir
    Path tmp;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aReadOnlyAgentSeesReadToolsAndTheProtectedAttributeRedacted() {
        ReviewFixture fx = new ReviewFixture(tmp);
        fx.governance.protect(
                "Product.price", new Actor(Identity.parse("human:ada"), new OsAccount(2001, "ada").proof()));
        AgentRegistry registry = new AgentRegistry(new PilothouseHome(tmp.resolve("home")), Clock.systemUTC());
        registry.add("looker", EnumSet.of(Scope.READ));
        ReviewFixture.signIn("ada", "ROLE_ADMIN");
        try (AgentGatewayHost host = new AgentGatewayHost(
                fx.workspace, new HarperConnection(Optional.empty()), registry, "shop", GatewaySettings.LOOPBACK)) {
            AgentSurfaceView view = new AgentSurfaceView(host, registry, fx.audit, new AuthenticationContext());
            UI.getCurrent().add(view);

            view.agent.setValue("looker");
            view.show();

            assertThat(view.shown())
                    .contains("query_table (read)", "price: [redacted: protected by policy]", "Could propose: nothing")
                    .doesNotContain("propose_change");
            view.scopes.setValue(EnumSet.of(Scope.READ, Scope.PROPOSE));
            view.show();
            assertThat(view.shown()).contains("propose_change (propose)");
        } finally {
            fx.workspace.close();
        }
    }
}
