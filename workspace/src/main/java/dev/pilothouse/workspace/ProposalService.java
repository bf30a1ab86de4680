package dev.pilothouse.workspace;

import dev.pilothouse.workspace.policy.Policy;
import dev.pilothouse.workspace.proposal.Proposal;
import dev.pilothouse.workspace.proposal.ProposalState;
import dev.pilothouse.workspace.validate.ValidationReport;
import dev.pilothouse.workspace.validate.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Creating, validating and rebasing proposals. */
final class ProposalService {

    /** The rule an agent's proposal over its open-proposal limit is refused by. */
    static final String OPEN_LIMIT = "open-proposal-limit";

    private final Context ctx;
    private final Validator validator;

    ProposalService(Context ctx, Validator validator) {
        this.ctx = ctx;
        this.validator = validator;
    }

    Proposal propose(Map<String, String> files, Identity author, String message, Optional<String> supersedes) {
        var details = ctx.details().put("author", author.toString());
        return ctx.audited(author.toString(), "proposal.create", details, () -> {
            Map<String, String> checked = AppFiles.checkProposed(files);
            if (message == null || message.isBlank()) {
                throw new Refusal("rationale-required", "a proposal needs a message saying why (--message)");
            }
            requireRoomFor(author, supersedes);
            String base = ctx.git().head();
            Map<String, String> baseFiles = ctx.git().files(base);
            Map<String, String> changed = new LinkedHashMap<>();
            checked.forEach((name, text) -> {
                if (!text.equals(baseFiles.get(name))) {
                    changed.put(name, text);
                }
            });
            if (changed.isEmpty()) {
                throw new Refusal("no-change", "the proposed files equal the workspace head " + base.substring(0, 10));
            }
            Map<String, String> after = new LinkedHashMap<>(baseFiles);
            after.putAll(changed);
            List<String> violations =
                    validator.policyViolations(baseFiles, after, ctx.policy().load());
            if (!violations.isEmpty()) {
                throw new Refusal(dev.pilothouse.workspace.policy.PolicyCheck.RULE, violations.get(0));
            }
            Optional<Proposal> replaced = supersedes.map(ctx.proposals()::load);
            String id = ctx.proposals().nextId();
            String commit = ctx.git()
                    .commit("proposals/" + id, base, changed, message.strip() + "\n\nProposed-by: " + author, author);
            String hash = Hashing.contentHash(ctx.git().files(commit));
            Proposal proposal = new Proposal(
                    id,
                    author.toString(),
                    message.strip(),
                    base,
                    commit,
                    hash,
                    List.copyOf(changed.keySet()),
                    ProposalState.OPEN,
                    ctx.clock().instant(),
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    replaced.map(Proposal::id).orElse(null),
                    null);
            ctx.proposals().save(proposal);
            replaced.filter(r -> !r.state().closed())
                    .ifPresent(r -> ctx.proposals().save(r.withState(ProposalState.SUPERSEDED)));
            ctx.audit()
                    .append(
                            author.toString(),
                            "proposal.created",
                            details.put("id", id)
                                    .put("base", base)
                                    .put("commit", commit)
                                    .put("contentHash", hash)
                                    .put("files", String.join(",", changed.keySet()))
                                    .put("message", message.strip()));
            return proposal;
        });
    }

    Proposal validate(String id, String actor) {
        return validate(id, actor, Optional.empty());
    }

    /** {@code unconfinedBy}: the human reviewer who chose to run the proposal's code unconfined (no sandbox here). */
    Proposal validate(String id, String actor, Optional<Actor> unconfinedBy) {
        boolean unconfinedConsent = unconfinedBy.isPresent();
        var details = unconfinedBy
                .map(ctx::details)
                .orElseGet(ctx::details)
                .put("id", id)
                .put("unconfined", unconfinedConsent);
        return ctx.audited(actor, "validation", details, () -> {
            Proposal p = ctx.proposals().load(id);
            if (p.state().closed()) {
                throw new Refusal("proposal-state", id + " is " + p.state().label() + "; it cannot be validated");
            }
            requireIntact(p);
            requireFreshBase(p);
            ctx.proposals().save(p.withState(ProposalState.VALIDATING));
            Map<String, String> files = ctx.git().files(p.commit());
            Policy policy = ctx.policy().load();
            ValidationReport report = validator.validate(
                    p,
                    ctx.git().files(p.base()),
                    stage(id, files),
                    files,
                    policy,
                    ctx.runtime(),
                    ctx.shadow(),
                    unconfinedConsent);
            Proposal validated = p.validated(report.verdict(), report.classification(), report.steps());
            ctx.proposals().save(validated);
            ctx.audit()
                    .append(
                            actor,
                            "validation.completed",
                            details.put("verdict", report.verdict().label())
                                    .put("classification", report.classification())
                                    .put("steps", report.summary())
                                    .put("contentHash", p.contentHash()));
            return validated;
        });
    }

    /** Re-applies the proposal's files on the current head: new commit and hash, validation and approvals reset. */
    Proposal rebase(String id, Identity who) {
        var details = ctx.details().put("id", id);
        return ctx.audited(who.toString(), "proposal.rebase", details, () -> {
            Proposal p = ctx.proposals().load(id);
            if (p.state().closed()) {
                throw new Refusal("proposal-state", id + " is " + p.state().label() + "; it cannot be rebased");
            }
            requireIntact(p);
            Map<String, String> all = ctx.git().files(p.commit());
            Map<String, String> changed = new LinkedHashMap<>();
            p.files().forEach(f -> changed.put(f, all.get(f)));
            String head = ctx.git().head();
            String commit = ctx.git()
                    .commit(
                            p.branch(),
                            head,
                            changed,
                            p.message() + "\n\nProposed-by: " + p.author() + "\nRebased-by: " + who,
                            Identity.parse(p.author()));
            Proposal rebased = new Proposal(
                    p.id(),
                    p.author(),
                    p.message(),
                    head,
                    commit,
                    Hashing.contentHash(ctx.git().files(commit)),
                    p.files(),
                    ProposalState.OPEN,
                    p.createdAt(),
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    p.supersedes(),
                    null);
            ctx.proposals().save(rebased);
            ctx.audit()
                    .append(
                            who.toString(),
                            "proposal.rebased",
                            details.put("base", head).put("commit", commit).put("contentHash", rebased.contentHash()));
            return rebased;
        });
    }

    /**
     * An agent may hold {@code maxOpenProposalsPerAgent} open proposals; each is a branch, a validation and a
     * reviewer's time, and agents can propose far faster than humans review. A proposal that supersedes one of the
     * agent's own open ones keeps the count. Humans are not limited.
     */
    private void requireRoomFor(Identity author, Optional<String> supersedes) {
        if (author.isHuman()) {
            return;
        }
        int limit = ctx.policy().load().maxOpenProposalsPerAgent();
        List<Proposal> open = ctx.proposals().list().stream()
                .filter(p -> p.author().equals(author.toString()) && !p.state().closed())
                .toList();
        boolean replacesOwn = supersedes.isPresent() && open.stream().anyMatch(p -> p.id().equals(supersedes.get()));
        if (open.size() >= limit && !replacesOwn) {
            throw new Refusal(
                    OPEN_LIMIT,
                    author + " has " + open.size() + " open proposals (the limit is " + limit
                            + ", policy maxOpenProposalsPerAgent): wait until reviewers deploy or reject some of "
                            + open.stream()
                                    .map(Proposal::id)
                                    .limit(5)
                                    .reduce((x, y) -> x + ", " + y)
                                    .orElse("")
                            + (open.size() > 5 ? ", ..." : "")
                            + ", or ask a human to reject the ones no longer wanted");
        }
    }

    /** The branch still holds exactly the content the proposal was created (and approved) with. */
    void requireIntact(Proposal p) {
        String branchHead = ctx.git()
                .branch(p.branch())
                .orElseThrow(() -> new Refusal(
                        "content-bound",
                        "branch " + p.branch() + " is gone; the proposal's content cannot be checked"));
        String hash = Hashing.contentHash(ctx.git().files(branchHead));
        if (!branchHead.equals(p.commit()) || !hash.equals(p.contentHash())) {
            throw new Refusal(
                    "content-bound",
                    "branch " + p.branch() + " was changed outside Pilothouse (content"
                            + " hash " + hash.substring(0, 12) + " differs from the proposal's "
                            + p.contentHash().substring(0, 12)
                            + "); approvals do not carry over: propose the new content again");
        }
    }

    void requireFreshBase(Proposal p) {
        String head = ctx.git().head();
        if (!head.equals(p.base())) {
            throw new Refusal(
                    "stale-base",
                    p.id() + " was proposed on " + p.base().substring(0, 10)
                            + " but the workspace head is now " + head.substring(0, 10)
                            + "; rebase it ('proposals rebase " + p.id() + "') and validate again");
        }
    }

    private Path stage(String id, Map<String, String> files) {
        Path dir = ctx.state().resolve("stage").resolve("validate-" + id);
        try {
            OwnerOnly.createDirectories(dir);
            for (String name : new ArrayList<>(files.keySet())) {
                if (AppFiles.ALL.contains(name)) {
                    OwnerOnly.write(dir.resolve(name), files.get(name).getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not stage " + id + " for validation in " + dir, e);
        }
        return dir;
    }
}
