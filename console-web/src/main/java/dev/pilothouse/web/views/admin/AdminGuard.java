package dev.pilothouse.web.views.admin;

import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.pilothouse.web.security.AuditEvent;
import dev.pilothouse.web.security.AuditSink;
import dev.pilothouse.web.security.Role;
import java.util.Map;

/**
 * Roles can change while an admin page is open (the session's roles follow on its next request), and a route's
 * role rule is checked only on navigation. So every admin action asks again, and a refusal is audited.
 */
final class AdminGuard {

    private final AuthenticationContext auth;
    private final AuditSink audit;

    AdminGuard(AuthenticationContext auth, AuditSink audit) {
        this.auth = auth;
        this.audit = audit;
    }

    boolean allows(String action, String subject) {
        if (auth.hasRole(Role.ADMIN.name())) {
            return true;
        }
        audit.record(AuditEvent.now(actor(), "refused", subject, Map.of("action", action, "reason", "not an admin")));
        return false;
    }

    String actor() {
        return auth.getPrincipalName().orElse("unknown");
    }
}
