package dev.pilothouse.web.security;

import dev.pilothouse.workspace.audit.RefusalTally;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
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
 * {@code everyone}). Failed sign-ins are counted per minute ({@link RefusalTally}): the first of each name and
 * reason is one {@code sign-in-failed} event (for at most 5 of them a minute), the rest one
 * {@code sign-in-failed-summary} with the count and at most 20 "reason name" pairs (64 characters each), so nobody
 * without a password can grow the audit log by one entry per attempt. Locks (started or renewed by a failure) are
 * counted the same way ({@code sign-in-locked}, then {@code sign-in-locked-summary}).
 */
@Component
public class SignInAudit implements AutoCloseable {

    private final AuditSink audit;
    private final SignInThrottle throttle;
    private final ClientThrottle clients;
    private final RefusalTally failures;
    private final RefusalTally locks;

    public SignInAudit(AuditSink audit, SignInThrottle throttle, ClientThrottle clients) {
        this.audit = audit;
        this.throttle = throttle;
        this.clients = clients;
        this.failures = RefusalTally.withDefaults(s -> summary("sign-in-failed-summary", " failed sign-ins", s));
        this.locks = RefusalTally.withDefaults(s -> summary("sign-in-locked-summary", " locks renewed", s));
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
        String reason = event.getException().getClass().getSimpleName();
        if (failures.refused(reason + " " + user)) {
            audit.record(AuditEvent.now("anonymous", "sign-in-failed", failures.cap(user), Map.of("reason", reason)));
        }
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            throttle.failed(user)
                    .filter(until -> locks.refused("name " + user))
                    .ifPresent(until -> audit.record(AuditEvent.now(
                            "anonymous", "sign-in-locked", locks.cap(user), Map.of("until", until.toString()))));
            String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                            && details.getRemoteAddress() != null
                    ? details.getRemoteAddress()
                    : "unknown";
            clients.failed(address)
                    .filter(lock -> locks.refused(lock.scope() + " " + address))
                    .ifPresent(lock -> audit.record(AuditEvent.now(
                            "anonymous",
                            "sign-in-locked",
                            locks.cap(address),
                            Map.of("scope", lock.scope(), "until", lock.until().toString()))));
        }
    }

    private void summary(String action, String what, RefusalTally.Summary s) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("from", s.from().toString());
        details.put("to", s.to().toString());
        details.put("count", Long.toString(s.count()));
        details.put("names", new TreeMap<>(s.names()).toString());
        details.put("otherNames", Long.toString(s.otherNames()));
        audit.record(AuditEvent.now("anonymous", action, s.count() + what, details));
    }

    /** Writes the failures counted so far. */
    @Override
    public void close() {
        failures.close();
        locks.close();
    }

    @EventListener
    public void signedOut(LogoutSuccessEvent event) {
        String user = event.getAuthentication().getName();
        audit.record(AuditEvent.now(user, "sign-out", user, Map.of()));
    }
}
