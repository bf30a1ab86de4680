package dev.pilothouse.web.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.pilothouse.web.review.ReviewFixture;
import dev.pilothouse.web.security.JsonLinesAuditSink;
import dev.pilothouse.web.security.UserStore;
import dev.pilothouse.workspace.Actor;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.humans.OsAccount;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/** The layout around every page: the solo mode banner follows the workspace policy, read through the kit. */
@ViewPackages(packages = "dev.pilothouse.web.views") // the navigation links to the views
class MainLayoutTest extends BrowserlessTest {

    @TempDir
    Path tmp;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private MainLayout layout(ReviewFixture fx) {
        UserStore users = new UserStore(
                tmp.resolve("users.json"),
                new Pbkdf2PasswordEncoder(
                        "", 16, 1000, Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256),
                new JsonLinesAuditSink(tmp.resolve("audit.jsonl")));
        MainLayout layout = new MainLayout(new AuthenticationContext(), users, fx.workspace, fx.governance.requests());
        UI.getCurrent().add(layout);
        layout.afterNavigation(null);
        return layout;
    }

    @Test
    void aLoneAdminsBoundaryChangeIsFlaggedOnEveryPage() {
        ReviewFixture fx = new ReviewFixture(tmp);
        ReviewFixture.signIn("ada", "ROLE_VIEWER");
        MainLayout layout = layout(fx);
        assertThat(layout.loneAdminBanner().isVisible()).isFalse();

        fx.governance.protect("Product", new Actor(Identity.parse("human:ada"), new OsAccount(2001, "ada").proof()));
        layout.afterNavigation(null);

        assertThat(layout.loneAdminBanner().isVisible()).isTrue();
        assertThat(layout.loneAdminBanner().getText()).contains("changed by a lone admin");
    }

    @Test
    void theHeaderNamesThePageShown() {
        ReviewFixture fx = new ReviewFixture(tmp);
        ReviewFixture.signIn("ada", "ROLE_VIEWER");
        MainLayout layout = layout(fx);
        layout.setContent(new AboutView());
        layout.afterNavigation(null);

        assertThat(layout.pageTitle()).isEqualTo("About");
        for (Class<?> view : new Class<?>[] {
            WorkbenchView.class,
            DataView.class,
            StreamsView.class,
            RuntimeView.class,
            dev.pilothouse.web.views.diagram.SchemaDiagramView.class,
            dev.pilothouse.web.views.diagram.LiveDiagramsView.class
        }) {
            assertThat(MainLayout.pageName(view))
                    .as(view.getSimpleName())
                    .isNotBlank()
                    .doesNotContain("Pilothouse");
        }
    }

    @Test
    void withSoloModeOffNoBannerIsShown() {
        ReviewFixture fx = new ReviewFixture(tmp);
        ReviewFixture.signIn("ada", "ROLE_VIEWER");

        assertThat(layout(fx).soloModeBanner().isVisible()).isFalse();
    }

    @Test
    void withSoloModeOnTheBannerWarnsOnTheNextPage() {
        ReviewFixture fx = new ReviewFixture(tmp);
        ReviewFixture.signIn("ada", "ROLE_VIEWER");
        MainLayout layout = layout(fx);

        fx.governance.updatePolicy(
                fx.governance.policy().withSoloMode(true),
                new Actor(
                        Identity.parse("human:ada"),
                        new OsAccount(2001, "ada").proof())); // as `pilothouse policy set --solo-mode on`
        layout.afterNavigation(null);

        SoloModeBanner banner = layout.soloModeBanner();
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getId()).hasValue("solo-mode-banner");
        assertThat(banner.getText()).contains("Solo mode is on: changes deploy without a second person's approval");
    }
}
