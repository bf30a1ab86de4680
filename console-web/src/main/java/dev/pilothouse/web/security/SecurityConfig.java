package dev.pilothouse.web.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import dev.pilothouse.web.WebOptions;
import dev.pilothouse.web.review.GovernedWorkspace;
import dev.pilothouse.web.review.WorkspaceAuditSink;
import dev.pilothouse.web.views.LoginView;
import dev.pilothouse.workspace.PilothouseHome;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Sign-in with local users (see docs/decisions/0006-web-auth.md). Vaadin's configurer supplies CSRF
 * protection for its own requests, the login page wiring and route access checks ({@code @RolesAllowed},
 * {@code @PermitAll}, {@code @AnonymousAllowed}); everything not explicitly public needs a session.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfig {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfig.class);

    /** PBKDF2-HMAC-SHA256, 600,000 iterations, 16-byte salt (OWASP 2023); no extra crypto library needed. */
    static final int PBKDF2_ITERATIONS = 600_000;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserStore users, AuditSink audit, ClientThrottle clients)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/favicon.ico").permitAll());
        http.addFilterBefore(
                new SignInLimitFilter(clients),
                org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class);
        http.addFilterAfter(
                new CurrentRolesFilter(users, audit),
                org.springframework.security.web.context.SecurityContextHolderFilter.class);
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new Pbkdf2PasswordEncoder(
                "", 16, PBKDF2_ITERATIONS, Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);
    }

    /** The workspace's hash-chained log when the workspace is governed, else a plain file of the console's own. */
    @Bean
    AuditSink auditSink(WebOptions options, GovernedWorkspace workspace) {
        return workspace
                .governance()
                .<AuditSink>map(g -> new WorkspaceAuditSink(g.audit()))
                .orElseGet(() ->
                        new JsonLinesAuditSink(options.home().resolve("web").resolve("audit.jsonl")));
    }

    @Bean
    UserStore userStore(WebOptions options, PasswordEncoder encoder, AuditSink audit) {
        PilothouseHome home = new PilothouseHome(options.home());
        home.secure(); // owner-only, and anything left open tightened
        return new UserStore(home.webUsersFile(), encoder, audit); // where the kit counts web admins (Admins)
    }

    @Bean
    FirstRunToken firstRunToken(UserStore users) {
        FirstRunToken token = new FirstRunToken(users.isEmpty());
        token.pending()
                .ifPresent(t -> LOG.warn(
                        "No console users yet. Open /setup and enter this one-time token to create the admin: {}", t));
        return token;
    }

    @Bean
    SignInThrottle signInThrottle(WebOptions options) {
        return new SignInThrottle(
                java.time.Clock.systemUTC(), options.home().resolve("web").resolve("name-locks"));
    }

    @Bean
    ClientThrottle clientThrottle(WebOptions options) {
        return new ClientThrottle(
                java.time.Clock.systemUTC(), options.home().resolve("web").resolve("client-locks"));
    }

    /**
     * A name the throttle has locked is refused before any password check (Spring's LockedException), the same way
     * whether or not a user has that name, so a lock tells a guesser nothing about which names exist.
     */
    @Bean
    UserDetailsService userDetailsService(UserStore users, SignInThrottle throttle) {
        return username -> {
            boolean locked = throttle.lockedUntil(username).isPresent();
            var user = users.find(username);
            if (user.isEmpty() && !locked) {
                throw new UsernameNotFoundException(username);
            }
            user.ifPresent(u -> SessionSignIn.checking(CurrentRolesFilter.credential(u)));
            return User.withUsername(username)
                    .password(user.map(LocalUser::passwordHash).orElse("locked"))
                    .authorities(user.map(u -> u.roles().stream()
                                    .map(r -> new SimpleGrantedAuthority(r.authority()))
                                    .toList())
                            .orElse(List.of()))
                    .accountLocked(locked)
                    .build();
        };
    }
}
