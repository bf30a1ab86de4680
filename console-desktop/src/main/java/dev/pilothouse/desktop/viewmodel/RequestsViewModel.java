package dev.pilothouse.desktop.viewmodel;

import dev.pilothouse.workspace.requests.ChangeRequest;
import dev.pilothouse.workspace.requests.ChangeRequests;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Boundary change requests (policy, roles, agent tokens, plugin trust) for the desktop's human, through the same
 * {@link ChangeRequests} the CLI and web console call: pending ones and unacknowledged lone-admin changes (or every
 * request with {@link #showAllProperty()}), and Approve, Reject and Acknowledge. The rules are the kit's; a refusal
 * (approving one's own request, changing one's own roles) shows in {@link #messageProperty()} with its rule.
 */
public final class RequestsViewModel {

    private final BoundaryPort port;
    private final TasksViewModel tasks;
    private final Executor io;
    private final Executor ui;
    private final ObservableList<ChangeRequest> requests = FXCollections.observableArrayList();
    private final BooleanProperty showAll = new SimpleBooleanProperty(this, "showAll", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper refused = new ReadOnlyBooleanWrapper(this, "refused", false);
    private final ReadOnlyStringWrapper loneAdmin = new ReadOnlyStringWrapper(this, "loneAdmin", "");

    public RequestsViewModel(BoundaryPort port, TasksViewModel tasks, Executor io, Executor ui) {
        this.port = port;
        this.tasks = tasks;
        this.io = io;
        this.ui = ui;
        showAll.addListener((o, a, b) -> refresh());
    }

    /** Reads the requests off the UI thread (also on the desktop's poll); a failed read says so in the message. */
    public CompletableFuture<List<ChangeRequest>> refresh() {
        CompletableFuture<List<ChangeRequest>> done = new CompletableFuture<>();
        boolean all = showAll.get();
        io.execute(() -> {
            try {
                ChangeRequests kit = port.requests();
                List<ChangeRequest> shown = all
                        ? kit.list().reversed()
                        : kit.list().stream()
                                .filter(r -> r.state() == ChangeRequest.State.PENDING || r.flagged())
                                .toList();
                String warning = kit.loneAdminWarning().orElse("");
                ui.execute(() -> {
                    if (!shown.equals(requests)) { // polled: keep the list and its selection when nothing changed
                        requests.setAll(shown);
                    }
                    loneAdmin.set(warning);
                    done.complete(shown);
                });
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    say(true, "could not read the change requests: " + GovernedCalls.describe(e));
                    done.completeExceptionally(e);
                });
            }
        });
        return done;
    }

    public CompletableFuture<String> approve(String id) {
        return act("Approve change request " + id, k -> outcome(k.approve(id, port.user("request.approve"))));
    }

    /** A blank reason is refused here: the audit keeps why a change was turned down. */
    public CompletableFuture<String> reject(String id, String reason) {
        if (reason == null || reason.isBlank()) {
            say(true, "give a reason to reject " + id);
            return CompletableFuture.completedFuture(null);
        }
        return act(
                "Reject change request " + id, k -> outcome(k.reject(id, port.user("request.reject"), reason.strip())));
    }

    public CompletableFuture<String> acknowledge() {
        return act(
                "Acknowledge lone-admin changes",
                k -> "Acknowledged "
                        + String.join(
                                ", ",
                                k.acknowledge(port.user("request.acknowledge")).stream()
                                        .map(ChangeRequest::id)
                                        .toList())
                        + ".");
    }

    /** What became of a decided request, in one sentence. */
    public static String outcome(ChangeRequest r) {
        return switch (r.state()) {
            case PENDING -> r.id() + " (" + r.summary() + ") waits for a second admin.";
            case APPLIED -> r.id() + " (" + r.summary() + ") approved and applied.";
            case REJECTED -> r.id() + " (" + r.summary() + ") rejected: " + r.reason();
        };
    }

    /** "pending", "applied" or "rejected", for a state column. */
    public static String state(ChangeRequest r) {
        return r.state().name().toLowerCase(Locale.ROOT);
    }

    /** The lone-admin flag: "changed by a lone admin" until acknowledged, then who acknowledged; else empty. */
    public static String loneAdmin(ChangeRequest r) {
        if (r.flagged()) {
            return ChangeRequests.LONE_ADMIN;
        }
        return r.loneAdmin() ? "acknowledged by " + r.acknowledgedBy() : "";
    }

    private CompletableFuture<String> act(String title, Function<ChangeRequests, String> action) {
        CompletableFuture<String> done = tasks.run(title, progress -> action.apply(port.requests()), text -> {
            say(false, text);
            refresh();
        });
        return done.exceptionally(e -> {
            say(true, GovernedCalls.describe(e));
            refresh();
            return null;
        });
    }

    private void say(boolean refusal, String text) {
        refused.set(refusal);
        message.set(text);
    }

    public ObservableList<ChangeRequest> requests() {
        return requests;
    }

    public BooleanProperty showAllProperty() {
        return showAll;
    }

    /** The last outcome, or the refusal ("refused by rule RULE: reason"); empty: nothing done yet. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty refusedProperty() {
        return refused.getReadOnlyProperty();
    }

    /** The kit's lone-admin warning; empty when no lone admin's change waits for acknowledgement. */
    public ReadOnlyStringProperty loneAdminProperty() {
        return loneAdmin.getReadOnlyProperty();
    }

    public void dismiss() {
        say(false, "");
    }
}
