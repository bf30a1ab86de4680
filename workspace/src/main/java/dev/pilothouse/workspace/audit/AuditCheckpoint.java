package dev.pilothouse.workspace.audit;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The audit log's head at one moment: entry count and the last entry's hash. Written to the head file after every
 * append and into each {@code deploy/N} tag message, so truncation or a rewritten chain shows up against a copy the
 * log's writer does not hold alone.
 */
public record AuditCheckpoint(long seq, String hash) {

    private static final Pattern LINE = Pattern.compile("Audit-Checkpoint: (\\d+) ([0-9a-f]{64})");

    /** The trailer line put into Git tag messages. */
    public String trailer() {
        return "Audit-Checkpoint: " + seq + " " + hash;
    }

    public static Optional<AuditCheckpoint> fromTrailer(String text) {
        Matcher m = LINE.matcher(text);
        return m.find() ? Optional.of(new AuditCheckpoint(Long.parseLong(m.group(1)), m.group(2))) : Optional.empty();
    }
}
