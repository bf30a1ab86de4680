package dev.pilothouse.desktop.viewmodel;

import dev.pilothouse.schema.diff.SchemaChange;
import dev.pilothouse.visualizer.diagram.Diagram;
import dev.pilothouse.visualizer.scene.Scene;
import dev.pilothouse.visualizer.schema.DiffDiagram;
import dev.pilothouse.workspace.Comparison;
import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.proposal.Proposal;
import dev.pilothouse.workspace.proposal.ValidationStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
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
    public record Detail(Proposal proposal, List<FileDiff> files, List<SchemaChange> changes,
                         Optional<Scene> schemaDiagram) {

        public Detail {
            files = List.copyOf(files);
            changes = List.copyOf(changes);
        }

        /** The shadow deploy's step, when validation ran one. */
        public Optional<ValidationStep> shadow() {
            return proposal.validation().stream().filter(s -> s.name().startsWith("shadow")).findFirst();
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

    public ReviewViewModel(GovernedCalls calls, DiffDiagram diffs) {
        this.calls = calls;
        this.diffs = diffs;
    }

    public CompletableFuture<List<Proposal>> refresh() {
        return calls.read(Governance::proposals, list -> {
            if (!list.equals(proposals)) { // polled: leave the list (and its selection) alone when nothing changed
                proposals.setAll(list);
            }
            Detail open = detail.get();
            if (open != null) {
                list.stream().filter(p -> p.id().equals(open.proposal().id())).findFirst()
                        .filter(p -> !p.equals(open.proposal())).ifPresent(p -> this.open(p.id()));
            }
        }, error::set);
    }

    public CompletableFuture<Detail> open(String id) {
        return calls.read(g -> load(g, id), detail::set, error::set);
    }

    /** Runs on the governance thread, so the diagram's layout never blocks the FX thread. */
    private Detail load(Governance g, String id) {
        Proposal p = g.proposal(id);
        Comparison c = g.compare(p.base(), p.commit());
        List<FileDiff> files = new ArrayList<>();
        for (String name : p.files().stream().sorted().toList()) {
            if (!Objects.equals(c.before().get(name), c.after().get(name))) {
                files.add(FileDiff.of(name, c.before().get(name), c.after().get(name)));
            }
        }
        String before = c.before().get(SCHEMA);
        String after = c.after().get(SCHEMA);
        Optional<Scene> diagram = after == null || after.equals(before) ? Optional.empty()
                : diffs.draw(before, after).map(Diagram::scene);
        return new Detail(p, files, c.schemaChanges(), diagram);
    }

    public CompletableFuture<Proposal> validate() {
        return decide("Validate", (g, id) -> g.validate(id, calls.port().user().toString()), "validated");
    }

    public CompletableFuture<Proposal> approve(String comment) {
        return decide("Approve", (g, id) -> g.approve(id, calls.port().user(), blankToNull(comment)), "approved");
    }

    public CompletableFuture<Proposal> reject(String comment) {
        return decide("Reject", (g, id) -> g.reject(id, calls.port().user(), blankToNull(comment)), "rejected");
    }

    /** Deploys the opened (approved) proposal; the task and the status name the new {@code deploy/N}. */
    public CompletableFuture<String> deploy() {
        Detail open = detail.get();
        if (open == null) {
            error.set("open a proposal first");
            return CompletableFuture.failedFuture(new IllegalStateException("no proposal"));
        }
        String id = open.proposal().id();
        return calls.run("Deploy proposal " + id, g -> g.deploy(id, calls.port().user()), tag -> {
            live.set(tag);
            succeeded(id + " deployed as " + tag);
        }, error::set);
    }

    /** Deploys an earlier version again as a new tag: {@code tag} empty means the one before the live one. */
    public CompletableFuture<String> rollback(Optional<String> tag) {
        return calls.run("Roll back" + tag.map(t -> " to " + t).orElse(""), g -> g.rollback(tag, calls.port().user()),
                now -> {
                    live.set(now);
                    succeeded("rolled back" + tag.map(t -> " to " + t).orElse("") + ", live as " + now);
                }, error::set);
    }

    /** A decision's result as the Tasks panel shows it. */
    private record Outcome(Proposal proposal) {
        @Override
        public String toString() {
            return proposal.id() + " " + proposal.state().label()
                    + (proposal.verdict() == null ? "" : ", verdict " + proposal.verdict().label());
        }
    }

    private interface Decision {
        Proposal apply(Governance g, String id);
    }

    private CompletableFuture<Proposal> decide(String verb, Decision action, String done) {
        Detail open = detail.get();
        if (open == null) {
            error.set("open a proposal first");
            return CompletableFuture.failedFuture(new IllegalStateException("no proposal"));
        }
        String id = open.proposal().id();
        return calls.run(verb + " proposal " + id, g -> new Outcome(action.apply(g, id)), o -> succeeded(id + " " + done),
                error::set).thenApply(Outcome::proposal);
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
