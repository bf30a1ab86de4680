package dev.pilothouse.workspace.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit log. {@code hash} is SHA-256 over the canonical JSON of every other field, including
 * {@code prevHash}, the previous entry's hash (64 zeros for the first), so editing any entry breaks every later link.
 */
public record AuditEntry(
        long seq, Instant time, String actor, String action, JsonNode details, String prevHash, String hash) {

    public static final String GENESIS = "0".repeat(64);

    public AuditEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(prevHash, "prevHash");
        Objects.requireNonNull(hash, "hash");
    }
}
