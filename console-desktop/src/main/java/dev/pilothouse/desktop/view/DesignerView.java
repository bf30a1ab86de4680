package dev.pilothouse.desktop.view;

import dev.pilothouse.desktop.diagram.DiagramCanvas;
import dev.pilothouse.desktop.diagram.DiagramSelection;
import dev.pilothouse.desktop.viewmodel.DesignerViewModel;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The visual schema designer: the schema diagram (pan, zoom, click to select) beside forms for the edit operations.
 * Every change goes through {@link DesignerViewModel}, which edits the schema.graphql text; the diagram redraws from
 * the text's next analysis.
 */
final class DesignerView {

    private final BorderPane root = new BorderPane();
    private final DiagramCanvas canvas;

    DesignerView(DesignerViewModel vm) {
        canvas = new DiagramCanvas(s -> vm.select(s.nodeId(), s.row()));
        canvas.setId("designer-canvas");
        vm.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                canvas.show(scene);
                mark(vm);
            }
        });
        vm.selection().tableProperty().addListener((o, a, b) -> mark(vm));
        vm.selection().attributeProperty().addListener((o, a, b) -> mark(vm));

        Label status = new Label();
        status.setId("designer-status");
        status.getStyleClass().add("muted");
        status.textProperty().bind(vm.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(
                6,
                button("designer-fit", "Fit", canvas::fit),
                button("designer-zoom-in", "+", () -> canvas.zoom(1.25)),
                button("designer-zoom-out", "−", () -> canvas.zoom(0.8)),
                spacer,
                status);
        toolbar.getStyleClass().add("toolbar-row");

        ScrollPane forms = new ScrollPane(new DesignerForms(vm).node());
        forms.setFitToWidth(true);
        forms.setId("designer-forms");
        BorderPane left = new BorderPane(canvas);
        left.setTop(toolbar);
        SplitPane split = new SplitPane(left, forms);
        split.setDividerPositions(0.72);
        root.setCenter(split);
        root.getStyleClass().add("designer");
    }

    private void mark(DesignerViewModel vm) {
        canvas.mark(new DiagramSelection(vm.selection().nodeId(), vm.selection().attributeName()));
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    Node node() {
        return root;
    }
}
