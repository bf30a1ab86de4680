package dev.pilothouse.workspace.proposal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A proposed change: new contents for some app files on branch {@code proposals/<id>} ({@code commit}, whose parent
 * is {@code base}), bound by {@code contentHash}. Validation results, decisions and the deploy tag accumulate here.
 * {@code classification} is the most severe schema change class found by validation (safe, review, breaking).
 */
public record Proposal(
        String id,
        String author,
        String message,
        String base,
        String commit,
        String contentHash,
        List<String> files,
        ProposalState state,
        Instant createdAt,
        Verdict verdict,
        String classification,
        String validatedHash,
        List<ValidationStep> validation,
        List<Decision> decisions,
        String supersedes,
        String deployTag) {

    public Proposal {
        files = List.copyOf(files);
        validation = validation == null ? List.of() : List.copyOf(validation);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }

    public String branch() {
        return "proposals/" + id;
    }

    public Proposal withState(ProposalState next) {
        return new Proposal(
                id,
                author,
                message,
                base,
                commit,
                contentHash,
                files,
                next,
                createdAt,
                verdict,
                classification,
                validatedHash,
                validation,
                decisions,
                supersedes,
                deployTag);
    }

    public Proposal validated(Verdict result, String worstChange, List<ValidationStep> steps) {
        return new Proposal(
                id,
                author,
                message,
                base,
                commit,
                contentHash,
                files,
                ProposalState.VALIDATED,
                createdAt,
                result,
                worstChange,
                contentHash,
                steps,
                List.of(),
                supersedes,
                deployTag);
    }

    public Proposal with(Decision decision, ProposalState next) {
        List<Decision> more = new ArrayList<>(decisions);
        more.add(decision);
        return new Proposal(
                id,
                author,
                message,
                base,
                commit,
                contentHash,
                files,
                next,
                createdAt,
                verdict,
                classification,
                validatedHash,
                validation,
                more,
                supersedes,
                deployTag);
    }

    public Proposal deployedAs(String tag) {
        return new Proposal(
                id,
                author,
                message,
                base,
                commit,
                contentHash,
                files,
                ProposalState.DEPLOYED,
                createdAt,
                verdict,
                classification,
                validatedHash,
                validation,
                decisions,
                supersedes,
                tag);
    }

    public List<Decision> approvals() {
        return decisions.stream().filter(Decision::approve).toList();
    }

    public boolean breaking() {
        return "breaking".equals(classification);
    }
}
