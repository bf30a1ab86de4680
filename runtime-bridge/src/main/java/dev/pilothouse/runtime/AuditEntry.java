package dev.pilothouse.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One audit or transaction-log entry. {@code records} hold the full record after the change; for a delete they
 * are JSON nulls. {@code timestamp} is Harper's float milliseconds.
 */
public record AuditEntry(String operation, String user, double timestamp, List<JsonNode> ids, List<JsonNode> records) {

    public AuditEntry {
        ids = List.copyOf(ids);
        records = List.copyOf(records);
    }
}
