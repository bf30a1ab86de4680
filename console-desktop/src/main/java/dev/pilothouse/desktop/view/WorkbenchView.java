package dev.pilothouse.desktop.view;

import dev.pilothouse.desktop.viewmodel.CommandPaletteViewModel;
import dev.pilothouse.desktop.viewmodel.DataBrowserViewModel;
import dev.pilothouse.desktop.viewmodel.DesignerViewModel;
import dev.pilothouse.desktop.viewmodel.FlowViewModel;
import dev.pilothouse.desktop.viewmodel.LiveViewModel;
import dev.pilothouse.desktop.viewmodel.Problem;
import dev.pilothouse.desktop.viewmodel.RuntimeViewModel;
import dev.pilothouse.desktop.viewmodel.TasksViewModel;
import dev.pilothouse.desktop.viewmodel.WorkbenchViewModel;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The window's content: an activity bar (Files, Data, Live, Design), the selected main view, the bottom panel
 * (problems, tasks) and the status bar. Builds the sub-views and binds them; all behaviour lives in the ViewModels.
 */
public final class WorkbenchView {

    /** The main views the activity bar switches between. */
    public enum MainView {
        FILES,
        DATA,
        LIVE,
        DESIGNER
    }

    private final BorderPane root = new BorderPane();
    private final StackPane center = new StackPane();
    private final TabPane editorTabs = new TabPane();
    private final TabPane bottom = new TabPane();
    private final StringProperty message = new SimpleStringProperty("Ready");
    private final EditorTabs editors;
    private final CommandPaletteView palette;
    private final Map<MainView, Node> views;
    private final ToggleGroup activity = new ToggleGroup();
    private final DataBrowserView data;
    private final ExplorerView explorer;
    private final StatusBar status;
    private final WorkbenchViewModel workbench;

    public WorkbenchView(
            WorkbenchViewModel workbench,
            RuntimeViewModel runtime,
            TasksViewModel tasks,
            DataBrowserViewModel dataVm,
            LiveViewModel live,
            CommandPaletteViewModel paletteVm,
            Supplier<Path> exportTarget,
            DesignerViewModel designer,
            FlowViewModel flow) {
        this.workbench = workbench;
        editorTabs.setId("editor-tabs");
        editorTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        Label empty = new Label("Open a file from the explorer (or Ctrl+Shift+P for every command)");
        empty.getStyleClass().add("muted");
        StackPane editorArea = new StackPane(empty, editorTabs);
        editorTabs.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(editorTabs.getTabs()));
        editors = new EditorTabs(editorTabs, workbench, message::set);

        explorer = new ExplorerView(workbench);
        SplitPane files = new SplitPane(explorer.node(), editorArea);
        files.setDividerPositions(0.18);
        data = new DataBrowserView(dataVm);
        views = Map.of(
                MainView.FILES,
                files,
                MainView.DATA,
                data.node(),
                MainView.LIVE,
                new LiveView(live, exportTarget, flow).node(),
                MainView.DESIGNER,
                new DesignerView(designer).node());
        center.getChildren().addAll(views.values());

        Tab problems = new Tab("Problems", new ProblemsView(workbench.problems(), this::reveal).node());
        problems.setId("tab-problems");
        problems.textProperty()
                .bind(javafx.beans.binding.Bindings.concat(
                        "Problems (", javafx.beans.binding.Bindings.size(workbench.problems()), ")"));
        Tab taskTab = new Tab("Tasks", new TasksView(tasks).node());
        taskTab.setId("tab-tasks");
        bottom.getTabs().addAll(problems, taskTab);
        bottom.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        bottom.setId("bottom-panel");

        SplitPane vertical = new SplitPane(center, bottom);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(0.72);
        root.setCenter(vertical);
        root.setLeft(activityBar());
        status = new StatusBar(runtime, message);
        root.setBottom(status.node());
        root.getStyleClass().add("workbench");
        palette = new CommandPaletteView(paletteVm);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (CommandPaletteView.isPaletteKey(e)) {
                palette.show(root);
                e.consume();
            }
        });
        show(MainView.FILES);
    }

    private VBox activityBar() {
        VBox bar = new VBox(4);
        bar.getStyleClass().add("activity-bar");
        for (MainView v : MainView.values()) {
            ToggleButton b = new ToggleButton(
                    switch (v) {
                        case FILES -> "Files";
                        case DATA -> "Data";
                        case LIVE -> "Live";
                        case DESIGNER -> "Design";
                    });
            b.setId("activity-" + v.name().toLowerCase());
            b.setUserData(v);
            b.setToggleGroup(activity);
            b.setTooltip(new Tooltip("Show " + b.getText()));
            b.setMaxWidth(Double.MAX_VALUE);
            b.setOnAction(a -> show(v));
            bar.getChildren().add(b);
        }
        return bar;
    }

    /** Brings one main view to the front. */
    public void show(MainView view) {
        views.forEach((k, node) -> node.setVisible(k == view));
        activity.getToggles().stream()
                .filter(t -> t.getUserData() == view)
                .findFirst()
                .ifPresent(t -> activity.selectToggle(t));
    }

    public void showBottom(String tabId) {
        bottom.getTabs().stream()
                .filter(t -> tabId.equals(t.getId()))
                .findFirst()
                .ifPresent(t -> bottom.getSelectionModel().select(t));
    }

    /** Opens the problem's file (it may have no editor yet) and moves the caret to the problem. */
    private void reveal(Problem problem) {
        show(MainView.FILES);
        workbench
                .open(problem.file())
                .thenAccept(editor -> editors.of(editor)
                        .ifPresent(e -> e.reveal(problem.diagnostic().range().start())));
    }

    /** Adds a section (title and content) under the explorer's files. */
    public void addExplorerSection(Node section) {
        explorer.node().getChildren().add(section);
    }

    /** Selects the tab {@code id} beside the editors, creating it with {@code content} the first time. */
    public void openTab(String id, String title, Supplier<Node> content) {
        show(MainView.FILES);
        Tab tab = editorTabs.getTabs().stream()
                .filter(t -> id.equals(t.getId()))
                .findFirst()
                .orElseGet(() -> {
                    Tab created = new Tab(title, content.get());
                    created.setId(id);
                    editorTabs.getTabs().add(created);
                    return created;
                });
        editorTabs.getSelectionModel().select(tab);
    }

    public void addBottomTab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        bottom.getTabs().add(tab);
    }

    /** Adds {@code name: value} to the status bar's right end. */
    public void addStatusField(String id, String name, javafx.beans.value.ObservableValue<String> value) {
        status.addField(id, name, value);
    }

    /** Adds {@code banner} above the workbench (it hides itself by binding its visible and managed state). */
    public void showBanner(Node banner) {
        if (!(root.getTop() instanceof javafx.scene.layout.VBox)) {
            root.setTop(new javafx.scene.layout.VBox());
        }
        ((javafx.scene.layout.VBox) root.getTop()).getChildren().add(banner);
    }

    /** Adds {@code node} at the status bar's left, after the last message. */
    public void addStatusNode(Node node) {
        status.addLeft(node);
    }

    public void showPalette() {
        palette.show(root);
    }

    public void notify(String text) {
        message.set(text);
    }

    /** Runs {@code action} on the active code editor, or says there is none. */
    public void withEditor(java.util.function.Consumer<CodeEditor> action) {
        editors.active().ifPresentOrElse(action, () -> message.set("No editor is open"));
    }

    public Parent node() {
        return root;
    }
}
