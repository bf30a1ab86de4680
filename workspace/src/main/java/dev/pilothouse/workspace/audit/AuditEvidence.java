package dev.pilothouse.workspace.audit;

import java.security.PublicKey;
import java.util.List;
import java.util.Optional;

/**
 * What the audit log is checked against beyond its own chain.
 *
 * @param anchors    plain checkpoints (e.g. the trailers of {@code deploy/N} tags)
 * @param signed     the signed checkpoints on {@code refs/pilothouse/audit}, oldest first
 * @param remembered the newest checkpoint remembered outside the workspace ({@code $PILOTHOUSE_HOME}); when present,
 *                   it must be on the checkpoint ref too, or the ref was rewound
 * @param key        the public key checkpoints and the head record must verify with; empty before the first
 *                   signed append
 */
public record AuditEvidence(
        List<AuditCheckpoint> anchors,
        List<SignedCheckpoint> signed,
        Optional<SignedCheckpoint> remembered,
        Optional<PublicKey> key) {

    public AuditEvidence {
        anchors = List.copyOf(anchors);
        signed = List.copyOf(signed);
    }

    /** Only the key: the chain and the head record. */
    public AuditEvidence withoutAnchors() {
        return new AuditEvidence(List.of(), List.of(), Optional.empty(), key);
    }

    /** The same evidence checked with another public key (e.g. a verifier's pinned copy). */
    public AuditEvidence withKey(PublicKey pinned) {
        return new AuditEvidence(anchors, signed, remembered, Optional.of(pinned));
    }
}
