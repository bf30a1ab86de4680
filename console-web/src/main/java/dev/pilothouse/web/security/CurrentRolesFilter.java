package dev.pilothouse.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies account changes to sessions that are already signed in, on every request: the authorities of a session
 * are replaced by the user's current roles, and a session whose user was removed, or whose password is no longer
 * the one its sign-in checked, is ended. So an approver demoted to viewer cannot approve from a page opened before
 * the change, and a reset password locks out whoever held the old one, even a session whose sign-in was under way
 * when the reset happened. Every correction is audited.
 */
public final class CurrentRolesFilter extends OncePerRequestFilter {

    /** Session attribute: a digest of the password hash the session was signed in with. */
    public static final String CREDENTIAL = "pilothouse.credential";

    private static final String ROLE = "ROLE_";

    private final UserStore users;
    private final AuditSink audit;

    public CurrentRolesFilter(UserStore users, AuditSink audit) {
        this.users = users;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof UsernamePasswordAuthenticationToken && auth.isAuthenticated()) {
            var user = users.find(auth.getName());
            if (user.isEmpty()) {
                end(request, auth, "user removed");
            } else if (!sameCredential(request, user.get())) {
                end(request, auth, "password changed");
            } else {
                applyRoles(auth, user.get());
            }
        }
        chain.doFilter(request, response);
    }

    /** The user's name and a digest of their stored password hash: it changes exactly when the password does. */
    public static String credential(LocalUser user) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(user.passwordHash().getBytes(StandardCharsets.UTF_8));
            return user.username() + ":" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * The credential the session's sign-in checked (recorded by {@link SessionSignIn#remember}) must still be the
     * user's. A session without one was not signed in by the password form and is not trusted either.
     */
    private static boolean sameCredential(HttpServletRequest request, LocalUser user) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return true; // stateless request: authenticated by itself, nothing to compare with
        }
        return credential(user).equals(session.getAttribute(CREDENTIAL));
    }

    private void end(HttpServletRequest request, Authentication auth, String reason) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        audit.record(AuditEvent.now(
                auth.getName(),
                "session-ended",
                auth.getName(),
                Map.of("reason", reason, "path", request.getRequestURI())));
    }

    /** Only role authorities are ours; others (Spring's FACTOR_PASSWORD, for one) are kept as they are. */
    private void applyRoles(Authentication auth, LocalUser user) {
        Set<String> current = user.roles().stream().map(Role::authority).collect(Collectors.toSet());
        Set<String> held = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(ROLE))
                .collect(Collectors.toSet());
        if (!current.equals(held)) {
            List<GrantedAuthority> authorities = new ArrayList<>();
            auth.getAuthorities().stream()
                    .filter(a -> !a.getAuthority().startsWith(ROLE))
                    .forEach(authorities::add);
            current.stream().sorted().map(SimpleGrantedAuthority::new).forEach(authorities::add);
            var updated = UsernamePasswordAuthenticationToken.authenticated(auth.getPrincipal(), null, authorities);
            updated.setDetails(auth.getDetails());
            // the context object lives in the session, so the correction holds for later requests too
            SecurityContextHolder.getContext().setAuthentication(updated);
            audit.record(AuditEvent.now(
                    auth.getName(),
                    "session-roles-updated",
                    auth.getName(),
                    Map.of(
                            "from",
                            held.stream().sorted().toList().toString(),
                            "to",
                            current.stream().sorted().toList().toString())));
        }
    }
}
