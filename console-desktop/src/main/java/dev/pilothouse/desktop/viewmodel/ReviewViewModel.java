package dev.pilothouse.desktop.viewmodel;

import dev.pilothouse.schema.diff.SchemaChange;
import dev.pilothouse.visualizer.diagram.Diagram;
import dev.pilothouse.visualizer.scene.Scene;
import dev.pilothouse.visualizer.schema.DiffDiagram;
import dev.pilothouse.workspace.AppFiles;
import dev.pilothouse.workspace.Comparison;
import dev.pilothouse.workspace.FileDiff;
import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.deploy.DeployRun;
import dev.pilothouse.workspace.proposal.ApprovalCount;
import dev.pilothouse.workspace.proposal.Proposal;
import dev.pilothouse.workspace.proposal.ProposalState;
import dev.pilothouse.workspace.proposal.ValidationStep;
import dev.pilothouse.workspace.versioning.Versioning;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The review panel: the workspace's proposals, the one opened (side-by-side diffs, classified schema changes,
 * validation evidence) and the decisions a human takes on it. Every action runs through {@link GovernedCalls};
 * a refusal stays in {@link #errorProperty()} (with its rule) until dismissed or the next action succeeds.
 */
public final class ReviewViewModel {

    /**
     * An opened proposal: the record, each changed file side by side, the schema changes against its base, and
     * those changes as a laid-out diagram (empty when the schema did not change or a version does not parse).
     */
    public record Detail(
            Proposal proposal, List<FileDiff> files, List<SchemaChange> changes, Optional<Scene> schemaDiagram) {

        public Detail {
            files = List.copyOf(files);
            changes = List.copyOf(changes);
        }

        /** The shadow deploy's step, when validation ran one. */
        public Optional<ValidationStep> shadow() {
            return proposal.validation().stream()
                    .filter(s -> s.name().startsWith("shadow"))
                    .findFirst();
        }
    }

    static final String SCHEMA = "schema.graphql";

    private final GovernedCalls calls;
    private final DiffDiagram diffs;
    private final ObservableList<Proposal> proposals = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Detail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper live = new ReadOnlyStringWrapper(this, "live");
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper(this, "changes");
    private final ObservableList<DeployRun.Row> deploySteps = FXCollections.observableArrayList();
    // one wrapper for every view: a wrapper listens weakly, so a new one per call could be collected with its listeners
    private final ObservableList<DeployRun.Row> deployStepsReadOnly =
            FXCollections.unmodifiableObservableList(deploySteps);

    public ReviewViewModel(GovernedCalls calls, DiffDiagram diffs) {
        this.calls = calls;
        this.diffs = diffs;
    }

    public CompletableFuture<List<Proposal>> refresh() {
        return calls.read(
                Governance::proposals,
                list -> {
                    if (!list.equals(
                            proposals)) { // polled: leave the list (and its selection) alone when nothing changed
                        proposals.setAll(list);
                    }
                    Detail open = detail.get();
                    if (open != null) {
                        list.stream()
                                .filter(p -> p.id().equals(open.proposal().id()))
                                .findFirst()
                                .filter(p -> !p.equals(open.proposal()))
                                .ifPresent(p -> this.open(p.id()));
                    }
                },
                error::set);
    }

    public CompletableFuture<Detail> open(String id) {
        return calls.read(g -> load(g, id), detail::set, error::set);
    }

    /** Runs on the governance thread, so the diagram's layout never blocks the FX thread. */
    private Detail load(Governance g, String id) {
        Proposal p = g.proposal(id);
        Comparison c = g.compare(p.base(), p.commit());
        List<FileDiff> files = c.changedFiles(p.files());
        String before = c.before().get(SCHEMA);
        String after = c.after().get(SCHEMA);
        Optional<Scene> diagram = after == null || after.equals(before)
                ? Optional.empty()
                : diffs.draw(before, after).map(Diagram::scene);
        return new Detail(p, files, c.schemaChanges(), diagram);
    }

    public CompletableFuture<Proposal> validate() {
        return decide("Validate", (g, id) -> g.validate(id, calls.port().user().toString()), o -> "validated");
    }

    /**
     * What running the opened proposal's shadow unconfined would execute with this user's rights (no sandbox here),
     * for the confirmation a person must see first; empty when it would run confined or changes no code.
     */
    public CompletableFuture<Optional<String>> unconfinedWarning(java.util.function.Consumer<Optional<String>> show) {
        Detail open = detail.get();
        if (open == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return calls.read(g -> g.unconfinedRunWarning(open.proposal().id()), show, error::set);
    }

    /** Validates with the shadow run unconfined: only after the person confirmed {@link #unconfinedWarning}. */
    public CompletableFuture<Proposal> runUnconfined() {
        return decide(
                "Run the shadow unconfined for",
                (g, id) -> g.validateUnconfined(id, calls.port().user()),
                o -> "validated, the shadow unconfined");
    }

    /** Records the user's acceptance of Harper's terms for the workspace's shadow (audited). */
    public CompletableFuture<Boolean> acceptShadowTerms() {
        return calls.run(
                "Accept Harper's terms for the shadow",
                g -> {
                    g.acceptShadowTerms(calls.port().user());
                    return true;
                },
                ok -> succeeded("Harper's terms accepted for the shadow; validate again to run it"),
                error::set);
    }

    public CompletableFuture<Proposal> approve(String comment) {
        return approve(comment, false);
    }

    /** {@code acknowledgeSkipped}: the person approves although validation steps did not run (audited). */
    public CompletableFuture<Proposal> approve(String comment, boolean acknowledgeSkipped) {
        return decide(
                "Approve",
                (g, id) -> g.approve(id, calls.port().user(), blankToNull(comment), acknowledgeSkipped),
                o -> o.count().enough()
                        ? "approved (" + o.count().valid() + " of " + o.count().required() + "): ready to deploy"
                        : "approval recorded (" + o.count().valid() + " of "
                                + o.count().required() + "): " + o.count().missing()
                                + " more needed from another human");
    }

    public CompletableFuture<Proposal> reject(String comment) {
        return decide("Reject", (g, id) -> g.reject(id, calls.port().user(), blankToNull(comment)), o -> "rejected");
    }

    /**
     * The desktop's "Propose workspace changes": the workspace's saved app files (those of
     * {@link AppFiles#PROPOSABLE} present in its folder) become a proposal authored by this console's human, through
     * {@link Governance#propose}; the working copy then goes back to {@code main}'s files, since the change now lives
     * in the proposal (and a deploy needs a clean working copy), as the web workbench does. The new proposal is
     * opened. Nothing is deployed: approving and deploying it are the review's decisions.
     */
    public CompletableFuture<Proposal> proposeWorkspaceChanges(String rationale) {
        return calls.run(
                        "Propose workspace changes",
                        g -> {
                            Map<String, String> files = workingCopy(g.dir());
                            Proposal p = g.propose(files, calls.port().user().who(), rationale, Optional.empty());
                            backToMain(g.dir(), files.keySet(), g.files(Versioning.MAIN));
                            return new Proposed(load(g, p.id()));
                        },
                        done -> {
                            detail.set(done.detail());
                            succeeded(done + "; validate it, then a reviewer approves");
                        },
                        error::set)
                .thenApply(done -> done.detail().proposal());
    }

    /** True when the opened proposal is approved: the shortcut then deploys it rather than proposing again. */
    public boolean openedIsApproved() {
        Detail open = detail.get();
        return open != null && open.proposal().state() == ProposalState.APPROVED;
    }

    private static Map<String, String> workingCopy(Path dir) {
        return AppFiles.readWorkingTree(dir);
    }

    private static void backToMain(Path dir, Set<String> names, Map<String, String> main) {
        try {
            for (String name : names) {
                if (main.containsKey(name)) {
                    Files.writeString(dir.resolve(name), main.get(name), StandardCharsets.UTF_8);
                } else {
                    Files.deleteIfExists(dir.resolve(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("proposed, but could not restore main's files in " + dir, e);
        }
    }

    /** The steps of the last deploy or rollback, as far as it got; updated on the UI thread as each one changes. */
    public ObservableList<DeployRun.Row> deploySteps() {
        return deployStepsReadOnly;
    }

    /** Deploys the opened (approved) proposal; the task and the status name the new {@code deploy/N}. */
    public CompletableFuture<String> deploy() {
        Detail open = detail.get();
        if (open == null) {
            error.set("open a proposal first");
            return CompletableFuture.failedFuture(new IllegalStateException("no proposal"));
        }
        String id = open.proposal().id();
        deploySteps.clear();
        return calls.runSteps(
                "Deploy proposal " + id,
                (g, steps) -> g.deploy(id, calls.port().user(), steps),
                deploySteps::setAll,
                tag -> {
                    live.set(tag);
                    succeeded(id + " deployed as " + tag);
                },
                error::set);
    }

    /** Deploys an earlier version again as a new tag: {@code tag} empty means the one before the live one. */
    public CompletableFuture<String> rollback(Optional<String> tag) {
        deploySteps.clear();
        return calls.runSteps(
                "Roll back" + tag.map(t -> " to " + t).orElse(""),
                (g, steps) -> g.rollback(tag, calls.port().user(), steps),
                deploySteps::setAll,
                now -> {
                    live.set(now);
                    succeeded("rolled back" + tag.map(t -> " to " + t).orElse("") + ", live as " + now);
                },
                error::set);
    }

    /** A decision's result as the Tasks panel shows it. */
    private record Outcome(Proposal proposal, ApprovalCount count) implements TaskResult {
        @Override
        public String summary() {
            return proposal.id() + " " + proposal.state().label()
                    + (proposal.verdict() == null
                            ? ""
                            : ", verdict " + proposal.verdict().label());
        }
    }

    /** A proposal made from the working copy, as the Tasks panel shows it. */
    private record Proposed(Detail detail) implements TaskResult {
        @Override
        public String summary() {
            return detail.proposal().id() + " proposed by " + detail.proposal().author();
        }
    }

    private interface Decision {
        Proposal apply(Governance g, String id);
    }

    private CompletableFuture<Proposal> decide(String verb, Decision action, Function<Outcome, String> done) {
        Detail open = detail.get();
        if (open == null) {
            error.set("open a proposal first");
            return CompletableFuture.failedFuture(new IllegalStateException("no proposal"));
        }
        String id = open.proposal().id();
        return calls.run(
                        verb + " proposal " + id,
                        g -> new Outcome(action.apply(g, id), g.approvalCount(id)),
                        o -> succeeded(id + " " + done.apply(o)),
                        error::set)
                .thenApply(Outcome::proposal);
    }

    private void succeeded(String message) {
        error.set(null);
        status.set(message);
        changes.set(changes.get() + 1);
        refresh();
    }

    public void dismissError() {
        error.set(null);
    }

    /** Forgets the workspace's proposals (another workspace was opened). */
    public void clear() {
        proposals.clear();
        detail.set(null);
        error.set(null);
    }

    /** The proved user's name, or why there is none (an unregistered OS account), for prompts. */
    public String user() {
        try {
            return calls.port().user().toString();
        } catch (dev.pilothouse.workspace.Refusal refused) {
            return "nobody: " + refused.getMessage();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public ObservableList<Proposal> proposals() {
        return proposals;
    }

    public ReadOnlyObjectProperty<Detail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The {@code deploy/N} this console last made live (deploy or rollback). */
    public ReadOnlyStringProperty liveProperty() {
        return live.getReadOnlyProperty();
    }

    /** Counts successful actions that changed the workspace (history and timeline refresh on it). */
    public ReadOnlyIntegerProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }
}
