package dev.pilothouse.web.security;

import java.util.List;

/**
 * Where the console reports sign-ins and role changes: the workspace's hash-chained log when a governed
 * workspace is open ({@code review.WorkspaceAuditSink}), else {@link JsonLinesAuditSink}.
 */
public interface AuditSink {

    void record(AuditEvent event);

    /** The most recent events, oldest first (for the admin view and tests). */
    List<AuditEvent> recent(int limit);
}
