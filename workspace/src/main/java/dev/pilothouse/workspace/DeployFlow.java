package dev.pilothouse.workspace;

import dev.pilothouse.workspace.deploy.DeployJournal;
import dev.pilothouse.workspace.deploy.DeployProgress;
import dev.pilothouse.workspace.deploy.DeployService;
import dev.pilothouse.workspace.deploy.DeployStep;
import dev.pilothouse.workspace.deploy.DeploySteps;
import dev.pilothouse.workspace.deploy.JournalEntry;
import dev.pilothouse.workspace.deploy.RuntimeTarget;
import dev.pilothouse.workspace.proposal.Decision;
import dev.pilothouse.workspace.proposal.Proposal;
import dev.pilothouse.workspace.proposal.ValidationStep;
import dev.pilothouse.workspace.proposal.Verdict;
import dev.pilothouse.workspace.validate.ValidationReport;
import dev.pilothouse.workspace.validate.Validator;
import dev.pilothouse.workspace.versioning.DeployTag;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The only paths to the runtime: deploy an approved proposal, deploy the head (humans), roll back. */
final class DeployFlow {

    private final Context ctx;
    private final ApprovalService approvals;

    DeployFlow(Context ctx, ApprovalService approvals) {
        this.ctx = ctx;
        this.approvals = approvals;
    }

    Optional<String> recover() {
        if (ctx.runtime().isEmpty()) {
            if (journal().current().isPresent()) {
                throw new Refusal(
                        "runtime-required",
                        "a deploy was interrupted; run again with --runtime DIR or"
                                + " --url URL so Pilothouse can finish or undo it");
            }
            return Optional.empty();
        }
        return service(ctx.runtime().get()).recover();
    }

    String deploy(String id, Actor actor, DeployProgress progress) {
        Identity who = actor.who();
        var details = ctx.details(actor).put("id", id);
        DeploySteps steps = new DeploySteps(progress, ctx.clock());
        return ctx.audited(who.toString(), "deploy", details, () -> {
            Proposal p = ctx.proposals().load(id);
            record Checked(RuntimeTarget target, List<Decision> valid, ValidationReport report) {}
            Checked checked = steps.run(
                    DeployStep.CHECK,
                    () -> new Checked(
                            preconditions(who, ctx.git().files(p.commit())),
                            approvals.requireDeployable(p),
                            revalidate(ctx.git().files(p.commit()))),
                    c -> c.valid().size() + " approval" + (c.valid().size() == 1 ? "" : "s") + "; "
                            + c.report().summary());
            RuntimeTarget target = checked.target();
            List<Decision> valid = checked.valid();
            ValidationReport report = checked.report();
            StringBuilder message = new StringBuilder(
                    "Deploy proposal " + p.id() + ": " + p.message() + "\n\n" + "Author: " + p.author() + "\n");
            valid.forEach(d -> message.append("Approved-by: ")
                    .append(d.by())
                    .append(" at ")
                    .append(d.at())
                    .append(d.comment() == null || d.comment().isBlank() ? "" : " \"" + d.comment() + "\"")
                    .append('\n'));
            message.append("Validated: ")
                    .append(report.summary())
                    .append('\n')
                    .append("Classification: ")
                    .append(report.classification())
                    .append('\n')
                    .append("Content-Hash: ")
                    .append(p.contentHash())
                    .append('\n')
                    .append("Deployed-by: ")
                    .append(who);
            return run("deploy", p.id(), p.commit(), actor, message.toString(), target, steps);
        });
    }

    /**
     * Solo mode only: commits the working tree's app files (never any other file) on top of the head and deploys
     * that. Outside solo mode a second person must approve, so the working tree goes through a proposal instead.
     */
    String deployHead(Actor actor, DeployProgress progress) {
        Identity who = actor.who();
        var details = ctx.details(actor).put("head", true);
        DeploySteps steps = new DeploySteps(progress, ctx.clock());
        return ctx.audited(who.toString(), "deploy-head", details, () -> {
            Context.requireHuman(who, "agents-never-deploy", "deploy");
            requireSolo();
            RuntimeTarget target = ctx.runtime().orElseThrow(DeployFlow::noRuntime);
            String head = headCommit(who);
            details.put("commit", head);
            ValidationReport report = steps.run(
                    DeployStep.CHECK, () -> revalidate(ctx.git().files(head)), r -> "solo mode; " + r.summary());
            String message = "Deploy the workspace head\n\nApproved-by: " + who + " (deploy --head, solo mode)\n"
                    + "Validated: " + report.summary() + "\nClassification: " + report.classification()
                    + "\nContent-Hash: " + Hashing.contentHash(ctx.git().files(head)) + "\nDeployed-by: " + who;
            return run("head", null, head, actor, message, target, steps);
        });
    }

    /** What {@link #deployHead} would commit, as a diff against the head (empty: nothing changed). */
    String headDiff(Identity who) {
        requireSolo();
        String head = ctx.git().head();
        String next = headCommit(who);
        return next.equals(head) ? "" : ctx.git().diff(head, next);
    }

    private void requireSolo() {
        if (!ctx.policy().load().soloMode()) {
            throw new Refusal(
                    "no-deploy-without-approval",
                    "deploy --head would ship without a second person's"
                            + " approval. Propose the working tree instead: 'pilothouse propose --working-tree --author"
                            + " human:NAME -m WHY', have another human approve it, then 'pilothouse deploy ID'. (Working"
                            + " alone? 'pilothouse policy set --solo-mode on' allows deploy --head, audited.)");
        }
    }

    /** The head with the working tree's app files laid over it; the head itself when they are unchanged. */
    private String headCommit(Identity who) {
        String head = ctx.git().head();
        Map<String, String> files = AppFiles.readWorkingTree(ctx.dir());
        Map<String, String> current = ctx.git().files(head);
        boolean unchanged = files.entrySet().stream().allMatch(e -> e.getValue().equals(current.get(e.getKey())));
        return unchanged
                ? head
                : ctx.git()
                        .commit("pilothouse/head", head, files, "Edit by " + who + " (deploy --head, solo mode)", who);
    }

    String rollback(Optional<String> to, Actor actor, DeployProgress progress) {
        Identity who = actor.who();
        var details = ctx.details(actor).put("to", to.orElse("previous"));
        DeploySteps steps = new DeploySteps(progress, ctx.clock());
        return ctx.audited(who.toString(), "rollback", details, () -> {
            RollbackGoal checked = steps.run(
                    DeployStep.CHECK,
                    () -> rollbackGoal(who, to),
                    g -> "back to " + g.tag().name() + " (" + g.tag().commit().substring(0, 10) + ")");
            RuntimeTarget target = checked.target();
            DeployTag goal = checked.tag();
            Map<String, String> files = new LinkedHashMap<>(ctx.git().files(goal.commit()));
            files.keySet().retainAll(AppFiles.ALL);
            String commit = ctx.git()
                    .commit("pilothouse/rollback", ctx.git().head(), files, "Roll back to " + goal.name(), who);
            String message = "Roll back to " + goal.name() + "\n\nApproved-by: " + who + " (rollback)\nRestores: "
                    + goal.commit() + "\nDeployed-by: " + who;
            return run("rollback", null, commit, actor, message, target, steps);
        });
    }

    private record RollbackGoal(RuntimeTarget target, DeployTag tag) {}

    /** The tag a rollback goes back to: {@code to}, or the one before the live one. */
    private RollbackGoal rollbackGoal(Identity who, Optional<String> to) {
        RuntimeTarget target = preconditions(who, Map.of());
        List<DeployTag> tags = ctx.git().deployTags();
        if (tags.isEmpty()) {
            throw new Refusal("nothing-to-roll-back", "nothing was deployed from this workspace yet");
        }
        DeployTag goal = to.map(name -> tags.stream()
                        .filter(t -> t.name().equals(name))
                        .findFirst()
                        .orElseThrow(() -> new Refusal("unknown-tag", "there is no deploy tag '" + name + "'")))
                .orElseGet(() -> {
                    if (tags.size() < 2) {
                        throw new Refusal("nothing-to-roll-back", tags.get(0).name() + " is the only deploy");
                    }
                    return tags.get(tags.size() - 2);
                });
        return new RollbackGoal(target, goal);
    }

    /** {@code deploying}: edits already equal to what goes live are not in the way (the working-tree proposal). */
    private RuntimeTarget preconditions(Identity who, Map<String, String> deploying) {
        Context.requireHuman(who, "agents-never-deploy", "deploy or roll back");
        RuntimeTarget target = ctx.runtime().orElseThrow(DeployFlow::noRuntime);
        Map<String, String> tree = AppFiles.readWorkingTree(ctx.dir());
        List<String> dirty = ctx.git().uncommittedChanges().stream()
                .filter(f -> !(deploying.containsKey(f) && deploying.get(f).equals(tree.get(f))))
                .toList();
        if (!dirty.isEmpty()) {
            throw new Refusal(
                    "clean-workspace",
                    "the workspace has uncommitted changes " + dirty
                            + "; commit or propose them, or discard them, before deploying");
        }
        return target;
    }

    private ValidationReport revalidate(Map<String, String> files) {
        Map<String, String> live = ctx.git().deployTags().stream()
                .reduce((a, b) -> b)
                .map(t -> ctx.git().files(t.commit()))
                .orElse(Map.of());
        Path staged = ctx.state().resolve("stage").resolve("predeploy");
        DeployStage.write(staged, files);
        ValidationReport report =
                new Validator().validate(live, staged, files, ctx.policy().load(), Optional.empty());
        if (report.verdict() == Verdict.FAIL) {
            String failed = String.join(
                    "\n",
                    report.steps().stream()
                            .filter(s -> s.verdict() == Verdict.FAIL)
                            .map(ValidationStep::output)
                            .toList());
            String rule = report.policyViolations().isEmpty()
                    ? "validation-must-pass"
                    : dev.pilothouse.workspace.policy.PolicyCheck.RULE;
            throw new Refusal(rule, "validation fails at deploy time:\n" + failed);
        }
        return report;
    }

    private String run(
            String kind,
            String proposalId,
            String commit,
            Actor actor,
            String message,
            RuntimeTarget target,
            DeploySteps steps) {
        Identity who = actor.who();
        Optional<DeployTag> previous = ctx.git().deployTags().stream().reduce((a, b) -> b);
        JournalEntry entry = new JournalEntry(
                UUID.randomUUID().toString(),
                kind,
                proposalId,
                commit,
                previous.map(DeployTag::name).orElse(null),
                previous.map(DeployTag::commit).orElse(null),
                who.toString(),
                message,
                JournalEntry.Step.PREPARED,
                ctx.clock().instant());
        var details = ctx.details(actor)
                .put("journal", entry.id())
                .put("commit", commit)
                .put("target", target.describe());
        if (proposalId != null) {
            details.put("proposal", proposalId);
        }
        ctx.audit().append(who.toString(), kind + ".started", details);
        return service(target).execute(entry, steps);
    }

    private DeployService service(RuntimeTarget target) {
        return new DeployService(
                ctx.git(),
                target,
                journal(),
                ctx.audit(),
                ctx.proposals(),
                ctx.state().resolve("stage"),
                ctx.crash());
    }

    private DeployJournal journal() {
        return new DeployJournal(ctx.state().resolve("deploy-journal.json"));
    }

    private static Refusal noRuntime() {
        return new Refusal("runtime-required", "this action needs a runtime: give --runtime DIR or --url URL");
    }
}
