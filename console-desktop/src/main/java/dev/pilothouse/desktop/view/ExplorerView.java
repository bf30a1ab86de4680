package dev.pilothouse.desktop.view;

import dev.pilothouse.desktop.viewmodel.EditorViewModel;
import dev.pilothouse.desktop.viewmodel.WorkbenchViewModel;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Left pane: the workspace's app files (click to open; ● marks one whose editor has unsaved edits, ⚠ one that
 * another program wrote under them), buttons to create missing ones, then added sections.
 */
final class ExplorerView {

    private final VBox root = new VBox(6);

    ExplorerView(WorkbenchViewModel vm) {
        Label title = new Label();
        title.getStyleClass().add("pane-title");
        title.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.workspaceProperty().get() == null
                                ? "No workspace"
                                : vm.workspaceProperty()
                                        .get()
                                        .getFileName()
                                        .toString()
                                        .toUpperCase(),
                        vm.workspaceProperty()));
        ListView<Path> files = new ListView<>(vm.files());
        files.setId("explorer-files");
        files.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Path item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("file-schema", "file-config", "file-resources", "unsaved");
                setText(null);
                if (!empty && item != null) {
                    String n = item.getFileName().toString();
                    boolean unsaved =
                            vm.editorOf(item).map(e -> e.dirtyProperty().get()).orElse(false);
                    boolean onDisk = vm.editorOf(item)
                            .map(e -> e.changedOnDiskProperty().get())
                            .orElse(false);
                    setText((unsaved ? "● " : "") + n + (onDisk ? " ⚠" : ""));
                    if (unsaved) {
                        getStyleClass().add("unsaved");
                    }
                    getStyleClass()
                            .add(
                                    n.endsWith(".graphql")
                                            ? "file-schema"
                                            : n.endsWith(".yaml") ? "file-config" : "file-resources");
                }
            }
        });
        // the tab's marks (unsaved, changed on disk) from the same editor state: redraw the cells when they change
        vm.editors().addListener((ListChangeListener<EditorViewModel>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(e -> {
                    e.dirtyProperty().addListener((o, a, b) -> files.refresh());
                    e.changedOnDiskProperty().addListener((o, a, b) -> files.refresh());
                });
            }
            files.refresh();
        });
        files.setOnMouseClicked(e -> {
            Path chosen = files.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                vm.open(chosen);
            }
        });
        VBox.setVgrow(files, Priority.ALWAYS);
        VBox create = new VBox(4);
        Runnable refreshCreate = () -> create.getChildren()
                .setAll(
                        vm.workspaceProperty().get() == null
                                ? java.util.List.of()
                                : vm.missingFiles().stream()
                                        .map(name -> {
                                            Button b = new Button("Create " + name);
                                            b.getStyleClass().add("flat");
                                            b.setOnAction(a -> vm.createFile(name));
                                            return (javafx.scene.Node) b;
                                        })
                                        .toList());
        vm.files().addListener((ListChangeListener<Path>) c -> refreshCreate.run());
        vm.workspaceProperty().addListener((o, a, b) -> refreshCreate.run());
        root.getChildren().addAll(title, files, create);
        root.getStyleClass().add("explorer");
        root.setMinWidth(180);
    }

    VBox node() {
        return root;
    }
}
