package dev.pilothouse.workspace;

import dev.pilothouse.workspace.audit.AuditCheckpoint;
import dev.pilothouse.workspace.policy.PolicyStore;
import dev.pilothouse.workspace.versioning.Versioning;
import java.util.List;
import java.util.function.Consumer;

/**
 * Periodic audit checkpoints anchored in the workspace's Git repository: every {@code auditCheckpointEvery} entries
 * (policy) the chain head (count and hash) is committed on {@code refs/pilothouse/audit}. Together with the
 * checkpoints in the {@code deploy/N} tags, truncating or rewriting the log past an anchor is detected by
 * {@code audit verify} even when the head record was rewritten to match.
 */
final class AuditAnchors implements Consumer<AuditCheckpoint> {

    static final String CHAIN = "audit";
    private static final Identity CONSOLE = new Identity(Identity.Kind.AGENT, "pilothouse-audit");

    private final Versioning git;
    private final PolicyStore policy;

    AuditAnchors(Versioning git, PolicyStore policy) {
        this.git = git;
        this.policy = policy;
    }

    @Override
    public void accept(AuditCheckpoint head) {
        long last = all().stream().mapToLong(AuditCheckpoint::seq).max().orElse(0);
        if (head.seq() - last >= policy.load().auditCheckpointEvery()) {
            git.anchor(CHAIN, "Audit checkpoint at entry " + head.seq() + "\n\n" + head.trailer(), CONSOLE);
        }
    }

    /** Every anchored checkpoint, oldest first. */
    List<AuditCheckpoint> all() {
        return git.anchors(CHAIN).stream().flatMap(m -> AuditCheckpoint.fromTrailer(m).stream()).toList();
    }
}
