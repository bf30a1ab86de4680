package dev.pilothouse.visualizer.timeline;

import dev.pilothouse.runtime.AuditEntry;
import java.time.Instant;
import java.util.List;

/** Adapts the runtime's table audit log (from the bridge) into timeline records: data writes by their user. */
public final class HarperAudit {

    private HarperAudit() {}

    public static List<AuditRecord> records(String table, List<AuditEntry> entries) {
        return entries.stream()
                .map(e -> new AuditRecord(
                        Instant.ofEpochMilli((long) e.timestamp()),
                        e.user() == null ? "runtime" : e.user(),
                        AuditRecord.ActorKind.RUNTIME,
                        AuditRecord.Action.WRITE,
                        table + " " + e.operation(),
                        AuditRecord.Outcome.OK))
                .toList();
    }
}
