package dev.pilothouse.web.security;

import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/** Sends every sign-in, failed sign-in and sign-out to the audit sink. */
@Component
public class SignInAudit {

    private final AuditSink audit;

    public SignInAudit(AuditSink audit) {
        this.audit = audit;
    }

    @EventListener
    public void succeeded(AuthenticationSuccessEvent event) {
        String user = event.getAuthentication().getName();
        audit.record(AuditEvent.now(user, "sign-in", user, Map.of()));
    }

    @EventListener
    public void failed(AbstractAuthenticationFailureEvent event) {
        String user = String.valueOf(event.getAuthentication().getName());
        audit.record(AuditEvent.now("anonymous", "sign-in-failed", user,
                Map.of("reason", event.getException().getClass().getSimpleName())));
    }

    @EventListener
    public void signedOut(LogoutSuccessEvent event) {
        String user = event.getAuthentication().getName();
        audit.record(AuditEvent.now(user, "sign-out", user, Map.of()));
    }
}
