package dev.pilothouse.web.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pilothouse.web.security.AuditEvent;
import dev.pilothouse.web.security.AuditSink;
import dev.pilothouse.workspace.Json;
import dev.pilothouse.workspace.audit.AuditEntry;
import dev.pilothouse.workspace.audit.AuditLog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The console's sign-ins, refusals and role changes in the workspace's hash-chained audit log, next to the
 * governance entries, as {@code web.<action>} by {@code human:<user>} (or {@code anonymous} for a failed sign-in).
 */
public final class WorkspaceAuditSink implements AuditSink {

    static final String PREFIX = "web.";
    private static final ObjectMapper JSON = Json.COMPACT;

    private final AuditLog log;

    public WorkspaceAuditSink(AuditLog log) {
        this.log = log;
    }

    @Override
    public void record(AuditEvent event) {
        ObjectNode details = JSON.createObjectNode();
        details.put("subject", event.subject());
        event.details().forEach(details::put);
        log.append(actor(event.actor()), PREFIX + event.action(), details);
    }

    @Override
    public List<AuditEvent> recent(int limit) {
        List<AuditEntry> web = log.entries().stream()
                .filter(e -> e.action().startsWith(PREFIX))
                .toList();
        return web.subList(Math.max(0, web.size() - limit), web.size()).stream()
                .map(WorkspaceAuditSink::event)
                .toList();
    }

    static String actor(String user) {
        return "anonymous".equals(user) ? user : "human:" + user;
    }

    private static AuditEvent event(AuditEntry e) {
        Map<String, String> details = new LinkedHashMap<>();
        e.details()
                .properties()
                .forEach(f -> details.put(f.getKey(), f.getValue().asText()));
        String subject = details.remove("subject");
        String actor = e.actor().startsWith("human:") ? e.actor().substring("human:".length()) : e.actor();
        return new AuditEvent(
                e.time(), actor, e.action().substring(PREFIX.length()), subject == null ? "" : subject, details);
    }
}
