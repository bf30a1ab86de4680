package dev.pilothouse.web.views.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.pilothouse.web.review.WebBoundary;
import dev.pilothouse.web.security.AuditEvent;
import dev.pilothouse.web.security.JsonLinesAuditSink;
import dev.pilothouse.web.security.Role;
import dev.pilothouse.web.security.UserStore;
import dev.pilothouse.workspace.PilothouseHome;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/** Users, roles and password resets in the browser: for admins, checked again on every action, audited. */
@ViewPackages(packages = "dev.pilothouse.web.editor") // no routes: the view is built by hand here
class UsersViewTest extends BrowserlessTest {

    @TempDir
    Path tmp;

    private final Pbkdf2PasswordEncoder encoder = new Pbkdf2PasswordEncoder(
            "", 16, 1000, Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);
    private JsonLinesAuditSink audit;
    private UserStore users;

    @BeforeEach
    void setUp() {
        audit = new JsonLinesAuditSink(tmp.resolve("audit.jsonl"));
        users = new UserStore(new PilothouseHome(tmp.resolve("home")).webUsersFile(), encoder, audit);
        users.create("first-run", "ada", "correct horse battery", EnumSet.of(Role.ADMIN));
        users.create("ada", "bob", "another long secret", EnumSet.of(Role.DEVELOPER));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signIn(String user, String... roles) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        user, "n/a", AuthorityUtils.createAuthorityList(roles)));
    }

    private UsersView open() {
        UsersView view = new UsersView(
                users,
                WebBoundary.open(new PilothouseHome(tmp.resolve("home")), users),
                audit,
                new AuthenticationContext());
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void anAdminResetsAPasswordCreatesAUserAndChangesRoles() {
        signIn("ada", "ROLE_ADMIN");
        UsersView view = open();

        view.resetPassword("bob", "short");
        assertThat(view.message()).contains("Not changed").contains("at least 10");
        view.resetPassword("bob", "a reset long secret");
        assertThat(view.message()).contains("bob").contains("signed out");
        assertThat(encoder.matches(
                        "a reset long secret", users.find("bob").orElseThrow().passwordHash()))
                .isTrue();

        assertThat(view.create("carol", "carols long secret", EnumSet.noneOf(Role.class)))
                .isTrue();
        assertThat(users.find("carol").orElseThrow().roles()).containsExactly(Role.VIEWER);
        view.setRoles("bob", EnumSet.of(Role.APPROVER));
        assertThat(users.find("bob").orElseThrow().roles()).contains(Role.APPROVER);
        assertThat(audit.recent(3))
                .extracting(AuditEvent::action)
                .containsExactly("password-reset", "user-created", "roles-changed");
    }

    @Test
    void anAdminCannotChangeTheirOwnRolesEvenAlone() {
        signIn("ada", "ROLE_ADMIN");
        UsersView view = open();

        view.setRoles("ada", EnumSet.of(Role.ADMIN, Role.APPROVER));

        assertThat(view.message()).contains("no-self-role-change");
        assertThat(users.find("ada").orElseThrow().roles()).doesNotContain(Role.APPROVER);
    }

    @Test
    void withASecondAdminARoleGrantWaitsForTheirApproval() {
        users.setRoles("first-run", "bob", EnumSet.of(Role.ADMIN));
        signIn("ada", "ROLE_ADMIN");
        UsersView view = open();

        assertThat(view.create("carol", "carols long secret", EnumSet.of(Role.APPROVER)))
                .isTrue();

        assertThat(view.message()).contains("waits for a second admin");
        assertThat(users.find("carol").orElseThrow().roles()).containsExactly(Role.VIEWER);
    }

    @Test
    void anAdminDemotedWhileThePageIsOpenChangesNothingAndTheRefusalsAreAudited() {
        signIn("ada", "ROLE_ADMIN");
        UsersView view = open();
        String bobsHash = users.find("bob").orElseThrow().passwordHash();
        signIn("ada", "ROLE_VIEWER");

        view.resetPassword("bob", "a takeover secret");
        view.setRoles("bob", EnumSet.of(Role.ADMIN));
        assertThat(view.create("mallory", "mallorys long secret", EnumSet.of(Role.ADMIN)))
                .isFalse();

        assertThat(users.find("bob").orElseThrow().passwordHash()).isEqualTo(bobsHash);
        assertThat(users.find("bob").orElseThrow().roles()).doesNotContain(Role.ADMIN);
        assertThat(users.find("mallory")).isEmpty();
        assertThat(view.message()).startsWith("Refused");
        assertThat(audit.recent(3))
                .allSatisfy(e -> {
                    assertThat(e.action()).isEqualTo("refused");
                    assertThat(e.actor()).isEqualTo("ada");
                })
                .extracting(e -> e.details().get("action"))
                .containsExactly("password-reset", "roles-change", "user-create");
    }
}
