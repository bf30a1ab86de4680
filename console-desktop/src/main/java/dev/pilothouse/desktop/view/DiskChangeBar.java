package dev.pilothouse.desktop.view;

import dev.pilothouse.desktop.viewmodel.EditorViewModel;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * Above an editor whose file another program wrote while it had unsaved edits: says so and offers the two ways
 * on; the edits are never replaced without this choice.
 */
final class DiskChangeBar {

    private DiskChangeBar() {}

    static Node of(EditorViewModel vm) {
        Label text = new Label("⚠ " + vm.title() + " changed on disk while you have unsaved edits here");
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button reload = new Button("Reload from disk");
        reload.setId(CodeEditor.idOf("disk-reload-", vm.title()));
        reload.setOnAction(e -> vm.reloadFromDisk());
        Button keep = new Button("Keep my edits");
        keep.setId(CodeEditor.idOf("disk-keep-", vm.title()));
        keep.setOnAction(e -> vm.keepEdits());
        HBox bar = new HBox(8, text, reload, keep);
        bar.setId(CodeEditor.idOf("disk-changed-", vm.title()));
        bar.getStyleClass().add("disk-changed-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(vm.changedOnDiskProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }
}
