package dev.pilothouse.desktop.view;

import dev.pilothouse.desktop.viewmodel.RequestsViewModel;
import dev.pilothouse.workspace.requests.ChangeRequest;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Requests: boundary change requests (policy, roles, agent tokens, plugin trust) with who asked, what, before and
 * after, state and the lone-admin flag; Approve, Reject (with a reason) and Acknowledge. The rules are the kit's:
 * this view shows its refusals in a red line that stays until dismissed.
 */
final class RequestsView {

    private final VBox root = new VBox(8);

    RequestsView(RequestsViewModel requests) {
        root.getStyleClass().addAll("review", "review-scroll");
        root.getStylesheets().add(GovernanceViews.CSS);
        Label title = new Label("Change requests");
        title.getStyleClass().add("review-title");
        Label about = ReviewExplorer.muted("Policy, roles, agent tokens and plugin trust change only when a second"
                + " admin approves; a lone admin's changes apply at once and stay flagged until a second admin"
                + " acknowledges them.");
        about.setWrapText(true);
        about.setMinHeight(Region.USE_PREF_SIZE);

        TableView<ChangeRequest> table = new TableView<>(requests.requests());
        table.setId("requests-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(ReviewExplorer.muted("No change request waits for a decision"));
        table.getColumns().add(column("ID", 50, ChangeRequest::id));
        table.getColumns().add(column("State", 80, RequestsViewModel::state));
        table.getColumns().add(column("Lone admin", 170, RequestsViewModel::loneAdmin));
        table.getColumns().add(column("Asked by", 110, ChangeRequest::requestedBy));
        table.getColumns().add(column("Change", 200, ChangeRequest::summary));
        table.getColumns().add(column("Before", 150, ChangeRequest::before));
        table.getColumns().add(column("After", 150, ChangeRequest::after));
        table.getColumns()
                .add(column(
                        "Decided",
                        120,
                        r -> r.decidedBy() == null
                                ? ""
                                : r.decidedBy() + (r.reason() == null ? "" : ": " + r.reason())));
        VBox.setVgrow(table, Priority.ALWAYS);
        // before and after in full (a policy is long): the selected request, below the table
        TextArea detail = new TextArea();
        detail.setId("requests-detail");
        detail.setEditable(false);
        detail.setWrapText(true);
        detail.setPrefRowCount(6);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        detail.textProperty()
                .bind(table.getSelectionModel()
                        .selectedItemProperty()
                        .map(RequestsView::detail)
                        .orElse(""));

        TextField reason = new TextField();
        reason.setId("requests-reason");
        reason.setPromptText("reason to reject");
        reason.setPrefColumnCount(24);
        Button approve = ProposalView.button(
                "requests-approve", "Approve", () -> selected(table).ifPresent(r -> requests.approve(r.id())));
        approve.getStyleClass().add("accent");
        Button reject = ProposalView.button(
                "requests-reject",
                "Reject",
                () -> selected(table)
                        .ifPresent(
                                r -> requests.reject(r.id(), reason.getText()).thenRun(() -> reason.clear())));
        var notPending = table.getSelectionModel()
                .selectedItemProperty()
                .map(r -> r.state() != ChangeRequest.State.PENDING)
                .orElse(true);
        approve.disableProperty().bind(notPending);
        reject.disableProperty().bind(notPending);
        Button acknowledge =
                ProposalView.button("requests-acknowledge", "Acknowledge lone-admin changes", requests::acknowledge);
        CheckBox all = new CheckBox("Show all");
        all.setId("requests-show-all");
        all.selectedProperty().bindBidirectional(requests.showAllProperty());
        Button refresh = ProposalView.button("requests-refresh", "Refresh", () -> requests.refresh());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, approve, reason, reject, grow, acknowledge, all, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label done = new Label();
        done.setId("requests-outcome");
        done.setWrapText(true);
        done.textProperty().bind(requests.messageProperty());
        done.visibleProperty()
                .bind(requests.messageProperty()
                        .isNotEmpty()
                        .and(requests.refusedProperty().not()));
        done.managedProperty().bind(done.visibleProperty());
        ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper();
        refusal.bind(javafx.beans.binding.Bindings.when(requests.refusedProperty()
                        .and(requests.messageProperty().isNotEmpty()))
                .then(requests.messageProperty())
                .otherwise((String) null));
        root.getChildren()
                .addAll(
                        title,
                        about,
                        bar,
                        GovernanceViews.errorBar(refusal.getReadOnlyProperty(), requests::dismiss, "requests-error"),
                        done,
                        table,
                        detail);
    }

    private static String detail(ChangeRequest r) {
        return r.id() + " · " + r.summary() + "\nasked by " + r.requestedBy() + " at " + r.requestedAt()
                + (r.decidedBy() == null
                        ? ""
                        : "\ndecided by " + r.decidedBy() + " at " + r.decidedAt()
                                + (r.reason() == null ? "" : ": " + r.reason()))
                + (r.acknowledgedBy() == null ? "" : "\nacknowledged by " + r.acknowledgedBy())
                + "\nbefore: " + r.before() + "\nafter:  " + r.after();
    }

    Node node() {
        return root;
    }

    private static Optional<ChangeRequest> selected(TableView<ChangeRequest> table) {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private static TableColumn<ChangeRequest, String> column(
            String title, double width, Function<ChangeRequest, String> value) {
        TableColumn<ChangeRequest, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
