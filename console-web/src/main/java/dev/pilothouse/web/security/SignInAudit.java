package dev.pilothouse.web.security;

import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Sends every sign-in, failed sign-in and sign-out to the audit sink, and feeds wrong passwords to the
 * {@link SignInThrottle} (a lock it starts is audited as {@code sign-in-locked}).
 */
@Component
public class SignInAudit {

    private final AuditSink audit;
    private final SignInThrottle throttle;

    public SignInAudit(AuditSink audit, SignInThrottle throttle) {
        this.audit = audit;
        this.throttle = throttle;
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
        }
    }

    @EventListener
    public void signedOut(LogoutSuccessEvent event) {
        String user = event.getAuthentication().getName();
        audit.record(AuditEvent.now(user, "sign-out", user, Map.of()));
    }
}
