package dev.pilothouse.desktop.view;

import dev.pilothouse.runtime.Credentials;
import java.net.URI;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The few modal questions: Harper's terms (never accepted silently), where to attach, why a change is proposed. */
public final class Dialogs {

    private Dialogs() {}

    /** Asks the user to accept Harper's terms; true only on an explicit "Accept". */
    public static boolean acceptHarperTerms(Window owner) {
        ButtonType accept = new ButtonType("Accept and start");
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, """
                Pilothouse runs Harper 4.7.29 locally. Harper is licensed under its own terms:
                https://harperdb.io/legal/end-user-license-agreement

                Start Harper only if you accept them. Your answer is recorded in the runtime folder.""", accept, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Harper's terms");
        alert.setHeaderText("Accept Harper's terms to start a local runtime");
        return alert.showAndWait().filter(accept::equals).isPresent();
    }

    public record AttachTarget(URI operationsUrl, Credentials credentials) {}

    public static Optional<AttachTarget> attach(Window owner) {
        Dialog<AttachTarget> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Attach to Harper");
        TextField url = new TextField("http://127.0.0.1:9925");
        TextField user = new TextField("admin");
        PasswordField password = new PasswordField();
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Operations API URL"), url);
        grid.addRow(1, new Label("User"), user);
        grid.addRow(2, new Label("Password"), password);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK
                ? new AttachTarget(
                        URI.create(url.getText().strip()),
                        new Credentials.Basic(user.getText().strip(), password.getText()))
                : null);
        return dialog.showAndWait();
    }

    /**
     * Asks why the workspace's changes are proposed (the proposal's rationale, which reviewers read); empty when
     * cancelled. OK stays disabled while the text is blank.
     */
    public static Optional<String> rationale(Window owner, String author) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Propose workspace changes");
        dialog.setHeaderText(
                "The saved app files become a proposal by " + author + "; it is reviewed before anything is deployed");
        TextField why = new TextField();
        why.setId("propose-rationale");
        why.setPromptText("Why (the proposal's rationale)");
        why.setPrefColumnCount(40);
        dialog.getDialogPane().setContent(why);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane()
                .lookupButton(ButtonType.OK)
                .disableProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> why.getText().isBlank(), why.textProperty()));
        dialog.setResultConverter(b ->
                b == ButtonType.OK && !why.getText().isBlank() ? why.getText().strip() : null);
        dialog.setOnShown(e -> why.requestFocus());
        return dialog.showAndWait();
    }
}
