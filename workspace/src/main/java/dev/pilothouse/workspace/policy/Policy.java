package dev.pilothouse.workspace.policy;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The governance boundary, kept in the console's home and never in the app repository. {@code protectedPrimitives}
 * are {@code Table} or {@code Table.attribute} names (type or table name); {@code protectionMarker} protects, in
 * addition, every table or attribute whose GraphQL description contains it. {@code auditCheckpointEvery} is how many
 * audit entries may pass before the chain head is anchored in the workspace's Git repository again;
 * {@code shadowDeploy} is {@code auto}, {@code off} or {@code required} (see {@link ShadowMode}), and
 * {@code shadowSample} how many records per affected table the shadow receives; {@code maxOpenProposalsPerAgent}
 * how many proposals one agent may have open (not yet deployed, rejected, rolled back or superseded) before its
 * next one is refused. {@code soloMode} (off unless a human turns it on) lets one person deploy the working tree's
 * app files without a second person's approval. Fixed rules that no policy relaxes: agents never approve or deploy,
 * authors never approve their own proposals.
 */
public record Policy(
        List<String> protectedPrimitives,
        int breakingApprovals,
        Duration approvalExpiry,
        String protectionMarker,
        int auditCheckpointEvery,
        String shadowDeploy,
        int shadowSample,
        int maxOpenProposalsPerAgent,
        boolean soloMode) {

    public static final String DEFAULT_MARKER = "@protected";
    public static final int DEFAULT_CHECKPOINT_EVERY = 50;
    public static final int DEFAULT_SHADOW_SAMPLE = 100;
    /** Enough for an agent working through a review backlog, few enough that reviewers can still read them all. */
    public static final int DEFAULT_MAX_OPEN_PROPOSALS_PER_AGENT = 20;

    public static final Policy DEFAULT = new Policy(List.of(), 2, Duration.ofHours(24));

    public Policy {
        protectedPrimitives = List.copyOf(new TreeSet<>(protectedPrimitives));
        Objects.requireNonNull(approvalExpiry, "approvalExpiry");
        if (breakingApprovals < 1) {
            throw new IllegalArgumentException("breakingApprovals must be at least 1, was " + breakingApprovals);
        }
        // fields absent from an older policy.json arrive as null or 0: take the defaults
        protectionMarker = protectionMarker == null ? DEFAULT_MARKER : protectionMarker.strip();
        auditCheckpointEvery = auditCheckpointEvery <= 0 ? DEFAULT_CHECKPOINT_EVERY : auditCheckpointEvery;
        shadowDeploy = ShadowMode.parse(shadowDeploy).label();
        shadowSample = shadowSample <= 0 ? DEFAULT_SHADOW_SAMPLE : shadowSample;
        maxOpenProposalsPerAgent =
                maxOpenProposalsPerAgent <= 0 ? DEFAULT_MAX_OPEN_PROPOSALS_PER_AGENT : maxOpenProposalsPerAgent;
    }

    public Policy(List<String> protectedPrimitives, int breakingApprovals, Duration approvalExpiry) {
        this(protectedPrimitives, breakingApprovals, approvalExpiry, null, 0, null, 0, 0, false);
    }

    /**
     * Without the per-agent limit (its default) and with solo mode off (use {@link #withMaxOpenProposalsPerAgent} and
     * {@link #withSoloMode} to keep them).
     */
    public Policy(
            List<String> protectedPrimitives,
            int breakingApprovals,
            Duration approvalExpiry,
            String protectionMarker,
            int auditCheckpointEvery,
            String shadowDeploy,
            int shadowSample) {
        this(
                protectedPrimitives,
                breakingApprovals,
                approvalExpiry,
                protectionMarker,
                auditCheckpointEvery,
                shadowDeploy,
                shadowSample,
                0,
                false);
    }

    public ShadowMode shadowMode() {
        return ShadowMode.parse(shadowDeploy);
    }

    public Policy protect(String primitive) {
        List<String> more = new java.util.ArrayList<>(protectedPrimitives);
        more.add(primitive);
        return withPrimitives(more);
    }

    public Policy unprotect(String primitive) {
        return withPrimitives(
                protectedPrimitives.stream().filter(p -> !p.equals(primitive)).toList());
    }

    public Policy withShadow(ShadowMode mode, int sample) {
        return new Policy(
                protectedPrimitives,
                breakingApprovals,
                approvalExpiry,
                protectionMarker,
                auditCheckpointEvery,
                mode.label(),
                sample,
                maxOpenProposalsPerAgent,
                soloMode);
    }

    public Policy withSoloMode(boolean on) {
        return new Policy(
                protectedPrimitives,
                breakingApprovals,
                approvalExpiry,
                protectionMarker,
                auditCheckpointEvery,
                shadowDeploy,
                shadowSample,
                maxOpenProposalsPerAgent,
                on);
    }

    public Policy withAuditCheckpointEvery(int entries) {
        return new Policy(
                protectedPrimitives,
                breakingApprovals,
                approvalExpiry,
                protectionMarker,
                entries,
                shadowDeploy,
                shadowSample,
                maxOpenProposalsPerAgent,
                soloMode);
    }

    public Policy withMaxOpenProposalsPerAgent(int proposals) {
        return new Policy(
                protectedPrimitives,
                breakingApprovals,
                approvalExpiry,
                protectionMarker,
                auditCheckpointEvery,
                shadowDeploy,
                shadowSample,
                proposals,
                soloMode);
    }

    private Policy withPrimitives(List<String> primitives) {
        return new Policy(
                primitives,
                breakingApprovals,
                approvalExpiry,
                protectionMarker,
                auditCheckpointEvery,
                shadowDeploy,
                shadowSample,
                maxOpenProposalsPerAgent,
                soloMode);
    }
}
