package dev.pilothouse.workspace.deploy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pilothouse.workspace.AppFiles;
import dev.pilothouse.workspace.OwnerOnly;
import dev.pilothouse.workspace.audit.AuditLog;
import dev.pilothouse.workspace.proposal.Proposal;
import dev.pilothouse.workspace.proposal.ProposalState;
import dev.pilothouse.workspace.proposal.ProposalStore;
import dev.pilothouse.workspace.versioning.DeployTag;
import dev.pilothouse.workspace.versioning.Versioning;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs one journaled deploy: apply to the runtime, verify, then record (move {@code main}, tag {@code deploy/N}).
 * A failure before recording restores the previous {@code deploy/N}; a console that died mid-deploy is finished
 * (journal at VERIFIED) or rolled back (earlier) by {@link #recover()}.
 */
public final class DeployService {

    private final Versioning git;
    private final RuntimeTarget target;
    private final DeployJournal journal;
    private final AuditLog audit;
    private final ProposalStore proposals;
    private final Path stageRoot;
    private final CrashPoint crash;

    public DeployService(
            Versioning git,
            RuntimeTarget target,
            DeployJournal journal,
            AuditLog audit,
            ProposalStore proposals,
            Path stageRoot,
            CrashPoint crash) {
        this.git = git;
        this.target = target;
        this.journal = journal;
        this.audit = audit;
        this.proposals = proposals;
        this.stageRoot = stageRoot;
        this.crash = crash;
    }

    /** Deploys {@code entry.targetCommit()}; returns the new tag, or throws {@link DeployAbortedException}. */
    public String execute(JournalEntry entry, DeploySteps steps) {
        journal.write(entry);
        crash.after(JournalEntry.Step.PREPARED);
        try {
            steps.run(
                    DeployStep.APPLY,
                    () -> target.deploy(stage(entry.targetCommit(), entry.id()), lastDeployed(entry)),
                    shortId(entry.targetCommit()) + " serving on " + target.describe());
            journal.write(entry.at(JournalEntry.Step.APPLIED));
            crash.after(JournalEntry.Step.APPLIED);
            steps.run(DeployStep.VERIFY, () -> target.verify(git.files(entry.targetCommit())), s -> s);
            if (target.watchWindow().isZero()) {
                steps.skipped(DeployStep.WATCH, "off (the watch window is 0 s)");
            } else {
                steps.run(DeployStep.WATCH, target::watch, s -> s);
            }
            journal.write(entry.at(JournalEntry.Step.VERIFIED));
            crash.after(JournalEntry.Step.VERIFIED);
        } catch (RuntimeException failure) {
            String restored = steps.run(DeployStep.RESTORE, () -> restore(entry, failure), s -> s);
            throw new DeployAbortedException(
                    "deploy of " + shortId(entry.targetCommit()) + " to " + target.describe() + " failed: "
                            + failure.getMessage() + "; " + restored,
                    failure);
        }
        return steps.run(
                DeployStep.RECORD,
                () -> record(entry),
                tag -> "main at " + shortId(entry.targetCommit()) + ", tagged " + tag);
    }

    /** Finishes or undoes an interrupted deploy; empty when none was in flight. */
    public Optional<String> recover() {
        Optional<JournalEntry> pending = journal.current();
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        JournalEntry entry = pending.get();
        if (entry.step() == JournalEntry.Step.VERIFIED) {
            String tag = record(entry);
            audit.append(
                    "system:recovery",
                    "deploy.recovered",
                    details(entry).put("outcome", "completed").put("tag", tag));
            return Optional.of("completed the interrupted deploy as " + tag);
        }
        String restored = restore(entry, null);
        audit.append(
                "system:recovery",
                "deploy.recovered",
                details(entry)
                        .put("outcome", "rolled-back")
                        .put("interruptedAt", entry.step().name().toLowerCase()));
        return Optional.of(
                "rolled back the deploy interrupted at " + entry.step().name().toLowerCase() + "; " + restored);
    }

    private String record(JournalEntry entry) {
        String marker = "Journal: " + entry.id();
        Optional<DeployTag> done = git.deployTags().stream()
                .filter(t -> t.message().contains(marker))
                .findFirst();
        if (!git.head().equals(entry.targetCommit())) {
            git.advanceMain(entry.targetCommit());
        }
        String tagName = done.map(DeployTag::name).orElseGet(() -> {
            int next =
                    git.deployTags().stream().mapToInt(DeployTag::number).max().orElse(0) + 1;
            String trailer = audit.checkpoint().map(c -> "\n" + c.trailer()).orElse("");
            git.tag(
                    DeployTag.PREFIX + next,
                    entry.targetCommit(),
                    entry.tagMessage() + "\n\n" + marker + trailer,
                    dev.pilothouse.workspace.Identity.parse(entry.actor()));
            return DeployTag.PREFIX + next;
        });
        if (entry.proposalId() != null) {
            Proposal p = proposals.load(entry.proposalId());
            if (p.state() != ProposalState.DEPLOYED) {
                proposals.save(p.deployedAs(tagName));
            }
        }
        if ("rollback".equals(entry.kind()) && entry.previousTag() != null) {
            proposals.list().stream()
                    .filter(p -> entry.previousTag().equals(p.deployTag()))
                    .forEach(p -> proposals.save(p.withState(ProposalState.ROLLED_BACK)));
        }
        audit.append(entry.actor(), entry.kind() + ".live", details(entry).put("tag", tagName));
        journal.clear();
        cleanStage(entry.id());
        return tagName;
    }

    /** Puts the previous version back (or removes a first deploy); the journal stays when that fails too. */
    private String restore(JournalEntry entry, RuntimeException cause) {
        String outcome;
        try {
            if (entry.previousCommit() != null) {
                target.deploy(stage(entry.previousCommit(), entry.id() + "-restore"));
                target.verify(git.files(entry.previousCommit()));
                outcome = "restored " + entry.previousTag();
            } else {
                target.remove();
                outcome = "removed the app (there was no earlier deploy)";
            }
        } catch (RuntimeException restoreFailed) {
            audit.append(
                    entry.actor(),
                    entry.kind() + ".restore-failed",
                    details(entry).put("error", restoreFailed.getMessage()));
            if (cause != null) {
                restoreFailed.addSuppressed(cause);
            }
            throw new DeployAbortedException(
                    "the deploy failed and restoring " + entry.previousTag() + " failed too: "
                            + restoreFailed.getMessage() + "; the journal is kept, rerun to recover",
                    restoreFailed);
        }
        if (entry.proposalId() != null && cause != null) {
            Proposal p = proposals.load(entry.proposalId());
            proposals.save(p.withState(ProposalState.ROLLED_BACK));
        }
        if (cause != null) {
            audit.append(
                    entry.actor(),
                    entry.kind() + ".rolled-back",
                    details(entry)
                            .put("error", String.valueOf(cause.getMessage()))
                            .put("restored", outcome));
        }
        journal.clear();
        cleanStage(entry.id());
        return outcome;
    }

    /** The app files of the previous deploy, which the runtime should still hold; empty for a first deploy. */
    private Map<String, String> lastDeployed(JournalEntry entry) {
        return entry.previousCommit() == null ? Map.of() : appFiles(entry.previousCommit());
    }

    private Map<String, String> appFiles(String commit) {
        Map<String, String> files = new LinkedHashMap<>(git.files(commit));
        files.keySet().retainAll(AppFiles.ALL);
        return files;
    }

    private Path stage(String commit, String name) {
        Map<String, String> files = appFiles(commit);
        Path dir = stageRoot.resolve(name);
        try {
            OwnerOnly.createDirectories(dir);
            for (Map.Entry<String, String> file : files.entrySet()) {
                OwnerOnly.write(dir.resolve(file.getKey()), file.getValue().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not stage " + commit + " in " + dir, e);
        }
        return dir;
    }

    private void cleanStage(String id) {
        for (String name : new String[] {id, id + "-restore"}) {
            Path dir = stageRoot.resolve(name);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not clean the staging folder " + dir, e);
            }
        }
    }

    static ObjectNode details(JournalEntry entry) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("journal", entry.id()).put("commit", entry.targetCommit());
        if (entry.proposalId() != null) {
            node.put("proposal", entry.proposalId());
        }
        if (entry.previousTag() != null) {
            node.put("previous", entry.previousTag());
        }
        return node;
    }

    private static String shortId(String commit) {
        return commit.substring(0, Math.min(10, commit.length()));
    }
}
