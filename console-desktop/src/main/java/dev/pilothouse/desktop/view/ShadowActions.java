package dev.pilothouse.desktop.view;

import dev.pilothouse.desktop.viewmodel.ReviewViewModel;
import dev.pilothouse.workspace.proposal.ValidationStep;
import dev.pilothouse.workspace.shadow.ShadowCheck;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.HBox;

/**
 * What a person can do about a shadow step that did not run: run a code change unconfined where no sandbox exists
 * (after a confirmation that names what will run), or accept Harper's terms for the shadow.
 */
final class ShadowActions {

    private ShadowActions() {}

    static Optional<HBox> of(ReviewViewModel vm, ValidationStep shadow) {
        HBox bar = new HBox(6);
        bar.setId("shadow-actions");
        bar.setAlignment(Pos.CENTER_LEFT);
        if (shadow.output().startsWith(ShadowCheck.WAITS)) {
            bar.getChildren()
                    .add(ProposalView.button(
                            "review-run-unconfined",
                            "Run shadow unconfined…",
                            () -> vm.unconfinedWarning(warning -> confirm(
                                    "Run the shadow unconfined?",
                                    warning.orElse("The shadow runs confined here."),
                                    "Run it",
                                    vm::runUnconfined))));
        }
        if (shadow.output().contains(ShadowCheck.TERMS_NOT_ACCEPTED)) {
            bar.getChildren()
                    .add(ProposalView.button(
                            "review-accept-terms",
                            "Accept Harper's terms for the shadow…",
                            () -> confirm(
                                    "Accept Harper's terms?",
                                    "The shadow Harper that validation deploys proposals"
                                            + " into is Harper, under its end-user license agreement:"
                                            + " https://harperdb.io/legal/end-user-license-agreement. Accepting is recorded in"
                                            + " the audit trail.",
                                    "Accept",
                                    vm::acceptShadowTerms)));
        }
        return bar.getChildren().isEmpty() ? Optional.empty() : Optional.of(bar);
    }

    private static void confirm(String title, String text, String yes, Runnable action) {
        ButtonType go = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.WARNING, text, go, ButtonType.CANCEL);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait().filter(go::equals).ifPresent(b -> action.run());
    }
}
