package dev.pilothouse.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
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
 * Applies role changes to sessions that are already signed in, on their next request: the authorities of a
 * session are replaced by the user's current roles, and a session whose user was removed is ended. So an approver
 * demoted to viewer cannot approve from a page opened before the change. Every correction is audited.
 */
public final class CurrentRolesFilter extends OncePerRequestFilter {

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
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                audit.record(AuditEvent.now(auth.getName(), "session-ended", auth.getName(),
                        Map.of("reason", "user removed", "path", request.getRequestURI())));
            } else {
                Set<String> current = user.get().roles().stream().map(Role::authority).collect(Collectors.toSet());
                Set<String> held = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .collect(Collectors.toSet());
                if (!current.equals(held)) {
                    var updated = UsernamePasswordAuthenticationToken.authenticated(auth.getPrincipal(), null,
                            current.stream().sorted().map(SimpleGrantedAuthority::new).toList());
                    updated.setDetails(auth.getDetails());
                    // the context object lives in the session, so the correction holds for later requests too
                    SecurityContextHolder.getContext().setAuthentication(updated);
                    audit.record(AuditEvent.now(auth.getName(), "session-roles-updated", auth.getName(),
                            Map.of("from", held.stream().sorted().toList().toString(),
                                    "to", current.stream().sorted().toList().toString())));
                }
            }
        }
        chain.doFilter(request, response);
    }
}
