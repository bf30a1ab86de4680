package dev.pilothouse.desktop.view;

import dev.pilothouse.desktop.viewmodel.EditorViewModel;
import dev.pilothouse.desktop.viewmodel.WorkbenchViewModel;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Keeps one tab with a {@link CodeEditor} (under its {@link DiskChangeBar}) per open editor, and the selected tab
 * in step with the active editor.
 */
final class EditorTabs {

    private final TabPane tabs;
    private final Map<EditorViewModel, Tab> byEditor = new HashMap<>();
    private final Map<Tab, CodeEditor> editors = new HashMap<>();

    EditorTabs(TabPane tabs, WorkbenchViewModel vm, Consumer<String> notify) {
        this.tabs = tabs;
        vm.editors().addListener((ListChangeListener<EditorViewModel>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(e -> {
                    Tab tab = byEditor.remove(e);
                    if (tab != null) {
                        editors.remove(tab);
                        tabs.getTabs().remove(tab);
                    }
                });
                c.getAddedSubList().forEach(e -> {
                    CodeEditor editor = new CodeEditor(e, notify);
                    Tab tab = new Tab();
                    tab.textProperty()
                            .bind(Bindings.createStringBinding(
                                    () -> (e.dirtyProperty().get() ? "● " : "")
                                            + e.title()
                                            + (e.changedOnDiskProperty().get() ? " ⚠" : ""),
                                    e.dirtyProperty(),
                                    e.changedOnDiskProperty()));
                    VBox.setVgrow(editor.node(), Priority.ALWAYS);
                    tab.setContent(new VBox(DiskChangeBar.of(e), editor.node()));
                    tab.setOnClosed(x -> vm.close(e));
                    tab.setId(CodeEditor.idOf("tab-", e.title()));
                    byEditor.put(e, tab);
                    editors.put(tab, editor);
                    tabs.getTabs().add(tabs.getTabs().size(), tab);
                });
            }
        });
        vm.activeEditorProperty().addListener((o, a, b) -> {
            if (b != null && byEditor.containsKey(b)) {
                tabs.getSelectionModel().select(byEditor.get(b));
            }
        });
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            CodeEditor editor = editors.get(b);
            if (editor != null) {
                vm.activeEditorProperty().set(editor.viewModel());
            }
        });
    }

    Optional<CodeEditor> active() {
        return Optional.ofNullable(editors.get(tabs.getSelectionModel().getSelectedItem()));
    }

    Optional<CodeEditor> of(EditorViewModel vm) {
        return Optional.ofNullable(byEditor.get(vm)).map(editors::get);
    }
}
