package dev.pilothouse.desktop.view;

import dev.pilothouse.desktop.viewmodel.AgentSurfaceViewModel;
import dev.pilothouse.desktop.viewmodel.GatewayViewModel;
import dev.pilothouse.desktop.viewmodel.HistoryViewModel;
import dev.pilothouse.desktop.viewmodel.LogsViewModel;
import dev.pilothouse.desktop.viewmodel.RequestsViewModel;
import dev.pilothouse.desktop.viewmodel.ReviewViewModel;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * Adds the review, history, logs and agent-gateway parts to the workbench: explorer sections, the proposal and
 * history tabs beside the editors, the Logs bottom tab and the gateway's URL in the status bar.
 */
public final class GovernanceViews {

    static final String CSS = GovernanceViews.class.getResource("review.css").toExternalForm();
    public static final String PROPOSAL_TAB = "tab-proposal";
    public static final String HISTORY_TAB = "tab-history";

    private GovernanceViews() {}

    /** What opens the Review tab (on the proposal the ViewModel holds) and the History tab, for commands. */
    public record Tabs(Runnable review, Runnable history) {}

    public static Tabs install(
            WorkbenchView workbench,
            ReviewViewModel review,
            HistoryViewModel history,
            LogsViewModel logs,
            GatewayViewModel gateway) {
        ProposalView proposal = new ProposalView(review);
        HistoryView historyView = new HistoryView(history, review);
        Runnable openReview = () -> workbench.openTab(PROPOSAL_TAB, "Review", proposal::node);
        workbench.addExplorerSection(ReviewExplorer.proposals(review, id -> {
            review.open(id);
            openReview.run();
        }));
        Runnable openHistory = () -> workbench.openTab(HISTORY_TAB, "History", historyView::node);
        workbench.addExplorerSection(ReviewExplorer.history(history, openHistory));
        workbench.addBottomTab("tab-logs", "Logs", new LogsView(logs).node());
        workbench.addStatusField("status-agents", "Agents", gateway.endpointProperty());
        workbench.addStatusField("status-audit", null, history.auditProperty());
        return new Tabs(openReview, openHistory);
    }

    /** What opens the Requests and View-as-agent tabs, for commands. */
    public record BoundaryTabs(Runnable requests, Runnable agentSurface) {}

    public static final String REQUESTS_TAB = "tab-requests";
    public static final String AGENT_SURFACE_TAB = "tab-agent-surface";

    /** Boundary change requests and the agent surface, each a tab beside the editors opened by a command. */
    public static BoundaryTabs installBoundary(
            WorkbenchView workbench, RequestsViewModel requests, AgentSurfaceViewModel surface) {
        RequestsView requestsView = new RequestsView(requests);
        AgentSurfaceView surfaceView = new AgentSurfaceView(surface);
        return new BoundaryTabs(
                () -> {
                    workbench.openTab(REQUESTS_TAB, "Requests", requestsView::node);
                    requests.refresh();
                },
                () -> {
                    workbench.openTab(AGENT_SURFACE_TAB, "View as agent", surfaceView::node);
                    surface.refreshAgents();
                });
    }

    /** A red line with the failure (a refusal names its rule) and a Dismiss button; hidden when there is none. */
    static HBox errorBar(ReadOnlyStringProperty error, Runnable dismiss, String id) {
        Label text = new Label();
        text.setId(id);
        text.textProperty().bind(error);
        text.getStyleClass().add("error-text");
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = new Button("Dismiss");
        close.setId(id + "-dismiss");
        close.setOnAction(e -> dismiss.run());
        HBox bar = new HBox(8, text, close);
        bar.getStyleClass().add("error-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(error.isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }
}
