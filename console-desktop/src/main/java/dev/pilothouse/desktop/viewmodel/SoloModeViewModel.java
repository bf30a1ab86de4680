package dev.pilothouse.desktop.viewmodel;

import dev.pilothouse.workspace.Governance;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Whether the open workspace's policy has solo mode on (one person deploys without a second person's approval),
 * read through {@link Governance#soloMode()}; refreshed with the proposals, so a policy change shows within a poll.
 */
public final class SoloModeViewModel {

    public static final String TEXT = "Solo mode is on: changes deploy without a second person's approval";

    private final GovernedCalls calls;
    private final ReadOnlyBooleanWrapper on = new ReadOnlyBooleanWrapper(this, "on");

    public SoloModeViewModel(GovernedCalls calls) {
        this.calls = calls;
    }

    /** A read that fails (no governance, no workspace) shows nothing rather than a stale banner. */
    public CompletableFuture<Boolean> refresh() {
        return calls.read(Governance::soloMode, on::set, failed -> on.set(false));
    }

    public void clear() {
        on.set(false);
    }

    public ReadOnlyBooleanProperty onProperty() {
        return on.getReadOnlyProperty();
    }
}
