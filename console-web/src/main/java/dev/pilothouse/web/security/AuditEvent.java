package dev.pilothouse.web.security;

import java.time.Instant;
import java.util.Map;

/**
 * One auditable act of the web console.
 *
 * @param actor   who did it (a user name, or "anonymous" for failed sign-ins)
 * @param action  stable verb such as {@code sign-in}, {@code sign-in-failed}, {@code roles-changed}
 * @param subject what it was done to (a user name, a file)
 */
public record AuditEvent(Instant at, String actor, String action, String subject, Map<String, String> details) {

    public AuditEvent {
        details = Map.copyOf(details);
    }

    public static AuditEvent now(String actor, String action, String subject, Map<String, String> details) {
        return new AuditEvent(Instant.now(), actor, action, subject, details);
    }
}
