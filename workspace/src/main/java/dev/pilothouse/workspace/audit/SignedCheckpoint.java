package dev.pilothouse.workspace.audit;

import java.security.PublicKey;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An audit checkpoint with its Ed25519 signature (Base64; empty when it was written before checkpoints were signed).
 * The form anchored on {@code refs/pilothouse/audit}, pushed to a witness and remembered under
 * {@code $PILOTHOUSE_HOME}.
 */
public record SignedCheckpoint(long seq, String hash, String signature) {

    private static final Pattern SIGNATURE = Pattern.compile("Audit-Signature: ([A-Za-z0-9+/=]+)");

    public static SignedCheckpoint sign(AuditCheckpoint checkpoint, AuditKey key) {
        return new SignedCheckpoint(checkpoint.seq(), checkpoint.hash(), key.sign(checkpoint));
    }

    public AuditCheckpoint checkpoint() {
        return new AuditCheckpoint(seq, hash);
    }

    public boolean verifies(PublicKey key) {
        return AuditKey.verifies(key, checkpoint(), signature);
    }

    /** The trailer lines put into the anchor commit's message. */
    public String trailer() {
        return checkpoint().trailer() + "\nAudit-Signature: " + signature;
    }

    public static Optional<SignedCheckpoint> fromTrailer(String text) {
        Matcher m = SIGNATURE.matcher(text);
        String signature = m.find() ? m.group(1) : "";
        return AuditCheckpoint.fromTrailer(text).map(c -> new SignedCheckpoint(c.seq(), c.hash(), signature));
    }
}
