package dev.pilothouse.desktop.viewmodel;

import dev.pilothouse.workspace.requests.ChangeRequests;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The warning while a boundary change made by a lone admin waits for a second admin's acknowledgement, read through
 * {@link ChangeRequests#loneAdminWarning()}; refreshed with the proposals. Empty text: nothing to show.
 */
public final class LoneAdminViewModel {

    private final GovernedCalls calls;
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");

    public LoneAdminViewModel(GovernedCalls calls) {
        this.calls = calls;
    }

    /** A read that fails shows nothing rather than a stale banner. */
    public CompletableFuture<Optional<String>> refresh() {
        return calls.read(
                g -> g.requests().loneAdminWarning(), w -> warning.set(w.orElse("")), failed -> warning.set(""));
    }

    public void clear() {
        warning.set("");
    }

    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }
}
