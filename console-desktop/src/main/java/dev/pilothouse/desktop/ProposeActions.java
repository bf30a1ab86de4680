package dev.pilothouse.desktop;

import dev.pilothouse.desktop.fx.FxThread;
import dev.pilothouse.desktop.view.Dialogs;
import dev.pilothouse.desktop.viewmodel.ReviewViewModel;
import dev.pilothouse.desktop.viewmodel.WorkbenchViewModel;
import dev.pilothouse.workspace.proposal.Proposal;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * Ctrl+Shift+D: proposes the workspace's changes, or deploys the approved proposal open in the Review tab. The
 * proposing and deploying are {@link ReviewViewModel}'s; this only saves the editors first, asks why, and shows the
 * Review tab. The desktop never deploys a folder directly.
 */
final class ProposeActions {

    private final WorkbenchViewModel workbench;
    private final ReviewViewModel review;
    private final Runnable openReview;
    private final Supplier<Window> window;

    ProposeActions(WorkbenchViewModel workbench, ReviewViewModel review, Runnable openReview, Supplier<Window> window) {
        this.workbench = workbench;
        this.review = review;
        this.openReview = openReview;
        this.window = window;
    }

    /**
     * With an approved proposal open in the Review tab: deploys it (the governed deploy, as its Deploy button).
     * Otherwise asks why, saves every open file and proposes the workspace's app files
     * ({@link #proposeWorkspaceChanges}).
     */
    void proposeOrDeploy() {
        if (review.openedIsApproved()) {
            openReview.run();
            review.deploy();
            return;
        }
        Dialogs.rationale(window.get(), review.user()).ifPresent(this::proposeWorkspaceChanges);
    }

    /**
     * Saves every open file, then proposes the workspace's app files as the desktop's human with {@code rationale},
     * opens the proposal in the Review tab, and lets clean editors show {@code main}'s files again.
     */
    CompletableFuture<Proposal> proposeWorkspaceChanges(String rationale) {
        CompletableFuture<Proposal> proposed = new CompletableFuture<>();
        workbench
                .saveAll()
                .whenComplete((saved, failed) -> FxThread.run(() -> {
                    if (failed != null) { // the failed save stays in the Tasks panel
                        proposed.completeExceptionally(failed);
                        return;
                    }
                    openReview.run();
                    review.proposeWorkspaceChanges(rationale).whenComplete((p, e) -> {
                        if (e == null) {
                            workbench.reloadUnmodified();
                            proposed.complete(p);
                        } else {
                            proposed.completeExceptionally(e);
                        }
                    });
                }));
        return proposed;
    }
}
