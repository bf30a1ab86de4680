package dev.pilothouse.workspace;

import dev.pilothouse.workspace.audit.AuditCheckpoint;
import dev.pilothouse.workspace.audit.AuditKey;
import dev.pilothouse.workspace.audit.AuditWitness;
import dev.pilothouse.workspace.audit.CheckpointMemory;
import dev.pilothouse.workspace.audit.SignedCheckpoint;
import dev.pilothouse.workspace.policy.PolicyStore;
import dev.pilothouse.workspace.versioning.Versioning;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Periodic signed audit checkpoints: every {@code auditCheckpointEvery} entries (policy) the chain head (count and
 * hash, signed with the audit key) is committed on {@code refs/pilothouse/audit} in the workspace's repository,
 * remembered under {@code $PILOTHOUSE_HOME} (so a rewound ref shows) and, when a witness remote is configured,
 * pushed there. Together with the checkpoints in the {@code deploy/N} tags, truncating or rewriting the log past a
 * checkpoint is detected by {@code audit verify} even when the head record was rewritten to match.
 */
final class AuditAnchors implements Consumer<AuditCheckpoint> {

    static final String CHAIN = "audit";
    private static final Identity CONSOLE = new Identity(Identity.Kind.AGENT, "pilothouse-audit");
    private static final Logger LOG = LoggerFactory.getLogger(AuditAnchors.class);

    private final Versioning git;
    private final PolicyStore policy;
    private final CheckpointMemory memory;
    private final Supplier<AuditKey> key;
    private final AuditWitness witness;

    AuditAnchors(
            Versioning git, PolicyStore policy, CheckpointMemory memory, Supplier<AuditKey> key, AuditWitness witness) {
        this.git = git;
        this.policy = policy;
        this.memory = memory;
        this.key = key;
        this.witness = witness;
    }

    @Override
    public void accept(AuditCheckpoint head) {
        long last = memory.read()
                .map(SignedCheckpoint::seq)
                .orElseGet(() ->
                        all().stream().mapToLong(SignedCheckpoint::seq).max().orElse(0));
        if (head.seq() - last < policy.load().auditCheckpointEvery()) {
            return;
        }
        SignedCheckpoint signed = SignedCheckpoint.sign(head, key.get());
        git.anchor(CHAIN, "Audit checkpoint at entry " + head.seq() + "\n\n" + signed.trailer(), CONSOLE);
        memory.remember(signed);
        witness.url().ifPresent(url -> push(url, head.seq()));
    }

    private void push(String url, long seq) {
        try {
            git.pushAnchors(CHAIN, url);
        } catch (RuntimeException e) {
            // the checkpoint is anchored and remembered; the witness catches up on the next push
            LOG.warn("could not push audit checkpoint #{} to the witness {}: {}", seq, url, e.getMessage());
        }
    }

    /** Every anchored checkpoint with its signature, oldest first. */
    List<SignedCheckpoint> all() {
        return git.anchors(CHAIN).stream()
                .flatMap(m -> SignedCheckpoint.fromTrailer(m).stream())
                .toList();
    }

    /** The newest checkpoint remembered outside the workspace. */
    Optional<SignedCheckpoint> remembered() {
        return memory.read();
    }
}
