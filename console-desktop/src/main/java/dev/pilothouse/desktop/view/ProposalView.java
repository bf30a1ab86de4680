package dev.pilothouse.desktop.view;

import dev.pilothouse.desktop.diagram.DiagramCanvas;
import dev.pilothouse.desktop.viewmodel.ReviewViewModel;
import dev.pilothouse.desktop.viewmodel.ReviewViewModel.Detail;
import dev.pilothouse.schema.diff.SchemaChange;
import dev.pilothouse.visualizer.scene.Scene;
import dev.pilothouse.workspace.FileDiff;
import dev.pilothouse.workspace.proposal.Decision;
import dev.pilothouse.workspace.proposal.Proposal;
import dev.pilothouse.workspace.proposal.ValidationStep;
import dev.pilothouse.workspace.proposal.Verdict;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The opened proposal: header with state and classification, the refusal bar, the decision bar (comment, validate,
 * approve, reject, deploy), validation steps with their evidence, the shadow deploy, classified schema changes with
 * their diagram and each changed file side by side. Rebuilt when the ViewModel's detail changes.
 */
final class ProposalView {

    private final ReviewViewModel vm;
    private final VBox body = new VBox(10);
    private final ScrollPane root = new ScrollPane(body);
    private final DeployStepsView steps;

    ProposalView(ReviewViewModel vm) {
        this.vm = vm;
        this.steps = new DeployStepsView("review-deploy-steps", vm.deploySteps());
        body.getStyleClass().add("review");
        body.setId("proposal-view");
        root.setFitToWidth(true);
        root.getStyleClass().add("review-scroll");
        root.setId("proposal-scroll");
        root.getStylesheets().add(GovernanceViews.CSS);
        vm.detailProperty().addListener((o, a, d) -> rebuild(d));
        rebuild(vm.detailProperty().get());
    }

    private void rebuild(Detail d) {
        body.getChildren().setAll(GovernanceViews.errorBar(vm.errorProperty(), vm::dismissError, "review-error"));
        if (d == null) {
            body.getChildren().add(ReviewExplorer.muted("Open a proposal from the explorer"));
            return;
        }
        Proposal p = d.proposal();
        Label title = new Label(p.id() + "  " + ReviewExplorer.firstLine(p.message()));
        title.getStyleClass().add("review-title");
        HBox header = new HBox(
                8,
                title,
                ReviewExplorer.badge(p.state().label(), "state-" + p.state().label()));
        header.setAlignment(Pos.CENTER_LEFT);
        if (p.classification() != null) {
            header.getChildren().add(ReviewExplorer.badge(p.classification(), "class-" + p.classification()));
        }
        Label who = ReviewExplorer.muted("by " + p.author() + " · base " + shortId(p.base()) + " · content "
                + shortId(p.contentHash()) + (p.deployTag() == null ? "" : " · live as " + p.deployTag()));
        body.getChildren().addAll(header, who, ReviewExplorer.muted(p.message()), actions(p), steps.node());
        p.decisions().forEach(x -> body.getChildren().add(decision(x)));
        body.getChildren()
                .add(heading("Validation"
                        + (p.verdict() == null
                                ? " (not run yet)"
                                : ": " + p.verdict().label())));
        p.validation().stream()
                .filter(s -> !s.name().startsWith("shadow"))
                .forEach(s -> body.getChildren().add(step(s)));
        body.getChildren().add(heading("Shadow deploy"));
        body.getChildren()
                .add(d.shadow()
                        .map(ProposalView::step)
                        .orElseGet(() -> ReviewExplorer.muted("No shadow deploy ran for this proposal")));
        d.shadow().flatMap(s -> ShadowActions.of(vm, s)).ifPresent(body.getChildren()::add);
        body.getChildren().add(heading("Schema changes (" + d.changes().size() + ")"));
        if (d.changes().isEmpty()) {
            body.getChildren().add(ReviewExplorer.muted("No schema change"));
        }
        d.changes().forEach(c -> body.getChildren().add(change(c)));
        d.schemaDiagram().ifPresent(scene -> body.getChildren().add(diagram(scene)));
        body.getChildren().add(heading("Files (" + d.files().size() + ")"));
        for (FileDiff f : d.files()) {
            body.getChildren().add(DiffView.of(f));
        }
    }

    /** The schema change drawn: added green, removed dashed red, changed outlined; drag to pan, scroll to zoom. */
    private static Node diagram(Scene scene) {
        DiagramCanvas canvas = new DiagramCanvas(selection -> {});
        canvas.setId("proposal-schema-diagram");
        canvas.setMinHeight(320);
        canvas.setPrefHeight(360);
        canvas.show(scene);
        return canvas;
    }

    private HBox actions(Proposal p) {
        List<String> skipped = p.validation().stream()
                .filter(s -> s.verdict() == Verdict.SKIPPED)
                .map(ValidationStep::name)
                .toList();
        CheckBox acknowledge = new CheckBox("Approve without the evidence of " + String.join(", ", skipped));
        acknowledge.setId("review-acknowledge-skipped");
        acknowledge.setVisible(!skipped.isEmpty());
        acknowledge.setManaged(!skipped.isEmpty());
        TextField comment = new TextField();
        comment.setId("review-comment");
        comment.setPromptText("Comment for approve / reject (as " + vm.user() + ")");
        HBox.setHgrow(comment, Priority.ALWAYS);
        HBox bar = new HBox(
                6,
                comment,
                button("review-validate", "Validate", () -> vm.validate()),
                button("review-approve", "Approve", () -> vm.approve(comment.getText(), acknowledge.isSelected())),
                button("review-reject", "Reject", () -> vm.reject(comment.getText())),
                button("review-deploy", "Deploy", () -> vm.deploy()));
        bar.getChildren().add(acknowledge);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("muted");
        bar.getChildren().add(status);
        return bar;
    }

    static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE); // a narrow window squeezes the comment field, never a button's label
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Node decision(Decision d) {
        String verb = d.approve() ? "approved" : "rejected";
        return ReviewExplorer.muted(
                d.by() + " " + verb + (d.comment() == null ? "" : ": " + d.comment()) + " (" + d.at() + ")");
    }

    private static Node step(ValidationStep s) {
        HBox head = new HBox(
                8,
                ReviewExplorer.badge(
                        s.verdict().label(), "verdict-" + s.verdict().label()),
                new Label(s.name()));
        head.setAlignment(Pos.CENTER_LEFT);
        Label output = new Label(s.output());
        output.getStyleClass().add("review-evidence");
        output.setWrapText(true);
        VBox box = new VBox(2, head, output);
        box.setId("step-" + s.name());
        return box;
    }

    static Node change(SchemaChange c) {
        String cls = c.classification().name().toLowerCase(Locale.ROOT);
        Label what = new Label(c.table() + (c.attribute() == null ? "" : "." + c.attribute()) + "  " + c.message());
        what.setWrapText(true);
        HBox row = new HBox(8, ReviewExplorer.badge(cls, "class-" + cls), what, ReviewExplorer.muted(c.code()));
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("schema-change");
        return row;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("review-heading");
        return l;
    }

    private static String shortId(String id) {
        return id == null ? "–" : id.substring(0, Math.min(10, id.length()));
    }

    Node node() {
        return root;
    }
}
