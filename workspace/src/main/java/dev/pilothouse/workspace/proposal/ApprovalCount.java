package dev.pilothouse.workspace.proposal;

/**
 * How far a proposal is on its way to approval: the approvals that still hold for its current content and base
 * (not expired, by humans other than its author), and how many the policy asks of it.
 */
public record ApprovalCount(int valid, int required) {

    public boolean enough() {
        return valid >= required;
    }

    public int missing() {
        return Math.max(0, required - valid);
    }
}
