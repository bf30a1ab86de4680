package dev.pilothouse.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Sessions already signed in follow their user's account: roles, removal, and a changed password. */
class CurrentRolesFilterTest {

    @TempDir
    Path home;

    private JsonLinesAuditSink audit;
    private UserStore users;
    private CurrentRolesFilter filter;
    private UserDetailsService userDetails;
    private SignInAudit signInAudit;
    private final MockHttpSession session = new MockHttpSession();

    @BeforeEach
    void setUp() {
        audit = new JsonLinesAuditSink(home.resolve("audit.jsonl"));
        users = new UserStore(
                home.resolve("users.json"),
                new Pbkdf2PasswordEncoder(
                        "", 16, 1000, Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256),
                audit);
        users.create("first-run", "ada", "correct horse battery", EnumSet.of(Role.ADMIN));
        users.create("ada", "bob", "another long secret", EnumSet.of(Role.APPROVER));
        filter = new CurrentRolesFilter(users, audit);
        SignInThrottle names = new SignInThrottle(Clock.systemUTC(), home.resolve("name-locks"));
        userDetails = new SecurityConfig().userDetailsService(users, names);
        signInAudit =
                new SignInAudit(audit, names, new ClientThrottle(Clock.systemUTC(), home.resolve("client-locks")));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    /**
     * Bob's sign-in request as Spring runs it: the user is loaded (and the password checked against what was loaded),
     * then {@code meanwhile} runs, then the success event.
     */
    private void signIn(Runnable meanwhile) {
        MockHttpServletRequest login = new MockHttpServletRequest("POST", "/login");
        login.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(login));
        userDetails.loadUserByUsername("bob");
        meanwhile.run();
        signInAudit.succeeded(new AuthenticationSuccessEvent(UsernamePasswordAuthenticationToken.authenticated(
                "bob", null, AuthorityUtils.createAuthorityList("ROLE_VIEWER", "ROLE_APPROVER"))));
        RequestContextHolder.resetRequestAttributes();
    }

    /** One request of bob's session, signed in with the given authorities; true if it was still signed in after. */
    private boolean request(String... authorities) throws Exception {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "bob", null, AuthorityUtils.createAuthorityList(authorities)));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/proposals");
        request.setSession(session);
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        return SecurityContextHolder.getContext().getAuthentication() != null;
    }

    @Test
    void aResetPasswordEndsTheSessionsSignedInWithTheOldOne() throws Exception {
        signIn(() -> {});
        assertThat(request("ROLE_VIEWER", "ROLE_APPROVER")).isTrue();
        assertThat(request("ROLE_VIEWER", "ROLE_APPROVER"))
                .as("same password, same session")
                .isTrue();

        users.resetPassword("ada", "bob", "a reset long secret");

        assertThat(request("ROLE_VIEWER", "ROLE_APPROVER")).isFalse();
        assertThat(session.isInvalid()).isTrue();
        assertThat(audit.recent(1).get(0).action()).isEqualTo("session-ended");
        assertThat(audit.recent(1).get(0).details()).containsEntry("reason", "password changed");
    }

    @Test
    void aResetDuringTheSignInEndsTheSessionOnItsFirstRequest() throws Exception {
        // the race: the password was checked against the old hash, the reset lands before the session's first request
        signIn(() -> users.resetPassword("ada", "bob", "a reset long secret"));

        assertThat(request("ROLE_VIEWER", "ROLE_APPROVER")).isFalse();
        assertThat(session.isInvalid()).isTrue();
        assertThat(audit.recent(1).get(0).details()).containsEntry("reason", "password changed");
    }

    @Test
    void aSessionWhoseSignInRecordedNoCredentialIsEnded() throws Exception {
        assertThat(request("ROLE_VIEWER", "ROLE_APPROVER")).isFalse();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void theSessionThatChangedThePasswordCarriesOnWhenItRecordsTheNewCredential() throws Exception {
        signIn(() -> {});
        assertThat(request("ROLE_VIEWER", "ROLE_APPROVER")).isTrue();

        users.changePassword("bob", "another long secret", "a brand new secret");
        session.setAttribute(
                CurrentRolesFilter.CREDENTIAL,
                CurrentRolesFilter.credential(users.find("bob").orElseThrow()));

        assertThat(request("ROLE_VIEWER", "ROLE_APPROVER")).isTrue();
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void aDemotionReplacesTheSessionsRolesOnItsNextRequestAndKeepsOtherAuthorities() throws Exception {
        signIn(() -> {});
        users.setRoles("ada", "bob", EnumSet.of(Role.VIEWER));

        assertThat(request("FACTOR_PASSWORD", "ROLE_VIEWER", "ROLE_APPROVER")).isTrue();

        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("FACTOR_PASSWORD", "ROLE_VIEWER");
        assertThat(audit.recent(1).get(0).action()).isEqualTo("session-roles-updated");
        assertThat(audit.recent(1).get(0).details()).containsEntry("from", "[ROLE_APPROVER, ROLE_VIEWER]");
    }

    @Test
    void aSessionHoldingItsUsersRolesIsLeftAloneAndNotAudited() throws Exception {
        signIn(() -> {});
        int before = audit.recent(100).size();

        assertThat(request("FACTOR_PASSWORD", "ROLE_VIEWER", "ROLE_APPROVER")).isTrue();

        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("FACTOR_PASSWORD", "ROLE_VIEWER", "ROLE_APPROVER");
        assertThat(audit.recent(100)).hasSize(before);
    }

    @Test
    void aRemovedUsersSessionEnds() throws Exception {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "carol", null, AuthorityUtils.createAuthorityList("ROLE_VIEWER")));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);

        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());

        assertThat(session.isInvalid()).isTrue();
        assertThat(audit.recent(1).get(0).details()).containsEntry("reason", "user removed");
    }
}
