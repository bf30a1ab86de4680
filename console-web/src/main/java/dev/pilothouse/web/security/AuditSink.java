package dev.pilothouse.web.security;

import java.util.List;

/**
 * Where the console reports sign-ins and role changes. This is the seam for the workspace module's
 * hash-chained audit log: once it exists, a bean implementing this interface over it replaces
 * {@link JsonLinesAuditSink} and nothing else changes.
 */
public interface AuditSink {

    void record(AuditEvent event);

    /** The most recent events, oldest first (for the admin view and tests). */
    List<AuditEvent> recent(int limit);
}
