package dev.pilothouse.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in POST from a locked address, or while the global bound holds, before Spring reads the password:
 * the refusal costs no PBKDF2 run. The browser lands on the sign-in page's error, like any failed sign-in. Only the
 * lock is audited (when it starts, by {@link SignInAudit}), not each refusal: a flood must not flood the log.
 */
final class SignInLimitFilter extends OncePerRequestFilter {

    private final ClientThrottle throttle;

    SignInLimitFilter(ClientThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !"/login".equals(request.getServletPath());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        var refusal = throttle.refused(address);
        if (refusal.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(
                "Retry-After",
                Long.toString(Math.max(
                        1,
                        java.time.Duration.between(
                                        java.time.Instant.now(), refusal.get().until())
                                .toSeconds())));
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
