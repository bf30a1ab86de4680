package dev.pilothouse.workspace;

import dev.pilothouse.workspace.policy.Policy;
import dev.pilothouse.workspace.proposal.ApprovalCount;
import dev.pilothouse.workspace.proposal.Decision;
import dev.pilothouse.workspace.proposal.Proposal;
import dev.pilothouse.workspace.proposal.ProposalState;
import dev.pilothouse.workspace.proposal.ValidationStep;
import dev.pilothouse.workspace.proposal.Verdict;
import java.time.Instant;
import java.util.List;

/**
 * Human decisions on proposals and the re-check before deploy. An approval counts only for the content hash and
 * base it was given for, only until it expires, and only from a human who is not the author.
 */
final class ApprovalService {

    private final Context ctx;
    private final ProposalService proposals;

    ApprovalService(Context ctx, ProposalService proposals) {
        this.ctx = ctx;
        this.proposals = proposals;
    }

    /**
     * {@code acknowledgeSkipped}: the approver knows that steps of the validation did not run (their evidence is
     * missing) and approves anyway; without it such an approval is refused, with it the skipped steps are audited.
     */
    Proposal approve(String id, Actor actor, String comment, boolean acknowledgeSkipped) {
        Identity who = actor.who();
        var details = ctx.details(actor).put("id", id).put("comment", comment == null ? "" : comment);
        return ctx.audited(who.toString(), "approval", details, () -> {
            Context.requireHuman(who, "agents-never-approve", "approve proposals");
            Proposal p = ctx.proposals().load(id);
            if (p.author().equals(who.toString())) {
                throw new Refusal(
                        "no-self-approval", who + " wrote " + id + "; authors never approve their own" + " proposals");
            }
            if (p.state() != ProposalState.VALIDATED && p.state() != ProposalState.APPROVED) {
                throw new Refusal(
                        "must-be-validated",
                        id + " is " + p.state().label() + "; only a validated proposal can be approved (run 'validate "
                                + id + "')");
            }
            proposals.requireIntact(p);
            proposals.requireFreshBase(p);
            if (p.verdict() == Verdict.FAIL || !p.contentHash().equals(p.validatedHash())) {
                throw new Refusal(
                        "validation-must-pass",
                        id + "'s validation " + (p.verdict() == Verdict.FAIL ? "failed" : "is for other content")
                                + "; fix it and validate again");
            }
            List<String> skipped = p.validation().stream()
                    .filter(s -> s.verdict() == Verdict.SKIPPED)
                    .map(ValidationStep::name)
                    .toList();
            if (!skipped.isEmpty()) {
                if (!acknowledgeSkipped) {
                    throw new Refusal(
                            "skipped-evidence",
                            id + "'s validation did not run " + String.join(", ", skipped)
                                    + ", so that evidence is missing; approve with the acknowledgement that you approve"
                                    + " without it (approve --acknowledge-skipped, or the check box in either console)");
                }
                details.put("acknowledgedSkipped", String.join(",", skipped));
            }
            Instant now = ctx.clock().instant();
            if (valid(p, now).stream().anyMatch(d -> d.by().equals(who.toString()))) {
                throw new Refusal("distinct-approvers", who + " already approved " + id);
            }
            Decision decision = new Decision(who.toString(), true, comment, p.contentHash(), p.base(), now);
            Proposal withApproval = p.with(decision, ProposalState.VALIDATED);
            int required = required(withApproval, ctx.policy().load());
            ProposalState next =
                    valid(withApproval, now).size() >= required ? ProposalState.APPROVED : ProposalState.VALIDATED;
            Proposal saved = p.with(decision, next);
            ctx.proposals().save(saved);
            ctx.audit()
                    .append(
                            who.toString(),
                            "proposal.approved",
                            details.put("contentHash", p.contentHash())
                                    .put("approvals", valid(saved, now).size())
                                    .put("required", required)
                                    .put("state", next.label()));
            return saved;
        });
    }

    Proposal reject(String id, Actor actor, String comment) {
        Identity who = actor.who();
        var details = ctx.details(actor).put("id", id).put("comment", comment == null ? "" : comment);
        return ctx.audited(who.toString(), "rejection", details, () -> {
            Context.requireHuman(who, "agents-never-approve", "approve or reject proposals");
            Proposal p = ctx.proposals().load(id);
            if (p.state().closed()) {
                throw new Refusal("proposal-state", id + " is " + p.state().label() + " already");
            }
            Proposal saved = p.with(
                    new Decision(
                            who.toString(),
                            false,
                            comment,
                            p.contentHash(),
                            p.base(),
                            ctx.clock().instant()),
                    ProposalState.REJECTED);
            ctx.proposals().save(saved);
            ctx.audit().append(who.toString(), "proposal.rejected", details);
            return saved;
        });
    }

    /** The re-check at deploy time: content, base, expiry and approvals still hold. */
    List<Decision> requireDeployable(Proposal p) {
        if (p.state() != ProposalState.APPROVED) {
            throw new Refusal(
                    "must-be-approved",
                    p.id() + " is " + p.state().label() + "; only an approved proposal can be deployed");
        }
        proposals.requireIntact(p);
        proposals.requireFreshBase(p);
        Instant now = ctx.clock().instant();
        Policy policy = ctx.policy().load();
        List<Decision> stillValid = valid(p, now);
        if (stillValid.size() < required(p, policy)) {
            boolean expired = p.approvals().stream()
                    .anyMatch(d -> d.contentHash().equals(p.contentHash())
                            && !d.at().plus(policy.approvalExpiry()).isAfter(now));
            if (expired) {
                ctx.proposals().save(p.withState(ProposalState.EXPIRED));
                throw new Refusal(
                        "approval-expired",
                        p.id() + "'s approval is older than the policy's " + policy.approvalExpiry()
                                + "; validate and approve it again");
            }
            throw new Refusal(
                    "approval-bound-to-content",
                    p.id() + " has " + stillValid.size() + " valid approval(s)" + " for its current content and base; "
                            + required(p, policy) + " needed");
        }
        return stillValid;
    }

    ApprovalCount count(Proposal p) {
        return new ApprovalCount(
                valid(p, ctx.clock().instant()).size(), required(p, ctx.policy().load()));
    }

    private List<Decision> valid(Proposal p, Instant now) {
        Policy policy = ctx.policy().load();
        return p.approvals().stream()
                .filter(d -> d.contentHash().equals(p.contentHash()) && d.base().equals(p.base()))
                .filter(d -> d.at().plus(policy.approvalExpiry()).isAfter(now))
                .filter(d -> !d.by().equals(p.author()) && d.by().startsWith("human:"))
                .toList();
    }

    private static int required(Proposal p, Policy policy) {
        return p.breaking() ? policy.breakingApprovals() : 1;
    }
}
