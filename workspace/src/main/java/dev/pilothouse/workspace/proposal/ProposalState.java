package dev.pilothouse.workspace.proposal;

/** Where a proposal stands. Validation moves OPEN to VALIDATED (with a verdict); humans approve or reject it. */
public enum ProposalState {
    OPEN,
    VALIDATING,
    VALIDATED,
    APPROVED,
    REJECTED,
    DEPLOYED,
    ROLLED_BACK,
    EXPIRED,
    SUPERSEDED;

    public boolean closed() {
        return this == REJECTED || this == DEPLOYED || this == ROLLED_BACK || this == SUPERSEDED;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
