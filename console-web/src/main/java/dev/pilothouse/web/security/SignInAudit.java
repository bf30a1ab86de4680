package dev.pilothouse.web.security;

import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Sends every sign-in, failed sign-in and sign-out to the audit sink, and feeds wrong passwords to the
 * {@link SignInThrottle} per name and the {@link ClientThrottle} per client address and overall (a lock either starts
 * is audited as {@code sign-in-locked}: subject the name, or the address with scope {@code address} or
 * {@code everyone}).
 */
@Component
public class SignInAudit {

    private final AuditSink audit;
    private final SignInThrottle throttle;
    private final ClientThrottle clients;

    public SignInAudit(AuditSink audit, SignInThrottle throttle, ClientThrottle clients) {
        this.audit = audit;
        this.throttle = throttle;
        this.clients = clients;
    }

    @EventListener
    public void succeeded(AuthenticationSuccessEvent event) {
        String user = event.getAuthentication().getName();
        throttle.succeeded(user);
        SessionSignIn.remember(java.time.Instant.ofEpochMilli(event.getTimestamp()));
        audit.record(AuditEvent.now(user, "sign-in", user, Map.of()));
    }

    @EventListener
    public void failed(AbstractAuthenticationFailureEvent event) {
        String user = String.valueOf(event.getAuthentication().getName());
        audit.record(AuditEvent.now("anonymous", "sign-in-failed", user,
                Map.of("reason", event.getException().getClass().getSimpleName())));
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            throttle.failed(user).ifPresent(until -> audit.record(AuditEvent.now("anonymous", "sign-in-locked", user,
                    Map.of("until", until.toString()))));
            String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                    && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
            clients.failed(address).ifPresent(lock -> audit.record(AuditEvent.now("anonymous", "sign-in-locked",
                    address, Map.of("scope", lock.scope(), "until", lock.until().toString()))));
        }
    }

    @EventListener
    public void signedOut(LogoutSuccessEvent event) {
        String user = event.getAuthentication().getName();
        audit.record(AuditEvent.now(user, "sign-out", user, Map.of()));
    }
}
