package dev.pilothouse.desktop;

import dev.pilothouse.desktop.fx.FxThread;
import dev.pilothouse.desktop.service.BackgroundExecutors;
import dev.pilothouse.desktop.service.HarperData;
import dev.pilothouse.desktop.service.HarperLive;
import dev.pilothouse.desktop.service.HarperRuntime;
import dev.pilothouse.desktop.view.Dialogs;
import dev.pilothouse.desktop.view.Theme;
import dev.pilothouse.desktop.view.WorkbenchView;
import dev.pilothouse.desktop.view.WorkbenchView.MainView;
import dev.pilothouse.desktop.viewmodel.Command;
import dev.pilothouse.desktop.viewmodel.CommandPaletteViewModel;
import dev.pilothouse.desktop.viewmodel.DataBrowserViewModel;
import dev.pilothouse.desktop.viewmodel.LiveSource;
import dev.pilothouse.desktop.viewmodel.LiveViewModel;
import dev.pilothouse.desktop.viewmodel.ReviewPort;
import dev.pilothouse.desktop.viewmodel.RuntimePort;
import dev.pilothouse.desktop.viewmodel.RuntimeViewModel;
import dev.pilothouse.desktop.viewmodel.TasksViewModel;
import dev.pilothouse.desktop.viewmodel.WorkbenchViewModel;
import dev.pilothouse.runtime.Credentials;
import dev.pilothouse.runtime.HarperInstaller;
import dev.pilothouse.schema.LanguageService;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.scene.Scene;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * The composition root: the only place that creates services, ViewModels and views and wires them together
 * (constructor injection everywhere else). Tests build it with their own {@link RuntimePort} and {@link LiveSource}.
 */
public final class Desktop implements AutoCloseable {

    private final DesktopOptions options;
    private final BackgroundExecutors executors = new BackgroundExecutors();
    private final TasksViewModel tasks;
    private final WorkbenchViewModel workbench;
    private final RuntimeViewModel runtime;
    private final DataBrowserViewModel data;
    private final LiveViewModel live;
    private final CommandPaletteViewModel palette = new CommandPaletteViewModel();
    private final WorkbenchView view;
    private final Scene scene;
    private Theme theme;

    public Desktop(DesktopOptions options) {
        this(options, new HarperRuntime(options.runtimeDir(), HarperInstaller.forCurrentUser()), null, ReviewPort.NONE);
    }

    /** {@code liveSource} null means "the connected runtime's streams". */
    public Desktop(DesktopOptions options, RuntimePort runtimePort, LiveSource liveSource, ReviewPort review) {
        this.options = options;
        Executor ui = FxThread.executor();
        tasks = new TasksViewModel(executors.io(), ui);
        workbench = new WorkbenchViewModel(new LanguageService(), executors.analysis(), ui, tasks);
        runtime = new RuntimeViewModel(runtimePort, tasks, () -> workbench.workspaceProperty().get(),
                options.acceptHarperTerms());
        data = new DataBrowserViewModel(tasks, ui);
        LiveSource source = liveSource != null ? liveSource : new HarperLive(() -> {
            RuntimePort.Connection c = runtime.connectionProperty().get();
            return c == null ? null : c.endpoint();
        });
        live = new LiveViewModel(source, tasks, executors.timers(), ui, LiveViewModel.BATCH_LIMIT);
        runtime.connectionProperty().addListener((o, a, c) ->
                data.connect(c == null ? null : new HarperData(c.client(), c.endpoint())));
        view = new WorkbenchView(workbench, runtime, tasks, data, live, palette, review,
                () -> exportFile());
        scene = new Scene(view.node(), 1280, 800);
        theme = options.theme();
        theme.apply(scene);
        runtime.termsRequestedProperty().addListener((o, was, asked) -> {
            if (asked) {
                FxThread.later(this::askTerms); // not inside the property change: the dialog nests an event loop
            }
        });
        registerCommands();
    }

    /** Opens the workspace and connects as the options say; called once the window shows. */
    public void start() {
        if (options.workspace() != null) {
            workbench.openWorkspace(options.workspace().toAbsolutePath());
        }
        if (options.attach() != null) {
            runtime.attach(options.attach(), new Credentials.Basic(options.user() == null ? "admin" : options.user(),
                    options.password() == null ? "" : options.password()));
        } else if (options.startRuntime()) {
            runtime.startLocal();
        }
    }

    private void askTerms() {
        if (Dialogs.acceptHarperTerms(window())) {
            runtime.acceptTermsAndStart();
        } else {
            runtime.declineTerms();
        }
    }

    private void registerCommands() {
        command("workspace.open", "Open workspace folder…", "", () -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Workspace folder");
            var dir = chooser.showDialog(window());
            if (dir != null) {
                workbench.openWorkspace(dir.toPath());
            }
        });
        command("file.save", "Save", "Ctrl+S", workbench::saveActive);
        command("file.saveAll", "Save all", "", workbench::saveAll);
        command("editor.format", "Format document", "Ctrl+Shift+F", () -> view.withEditor(e -> e.format()));
        command("editor.quickFix", "Quick fix at caret", "Alt+Enter", () -> view.withEditor(e -> e.quickFix()));
        command("editor.complete", "Trigger completion", "Ctrl+Space", () -> view.withEditor(e -> e.showCompletion()));
        command("editor.definition", "Go to definition", "F12 / Ctrl+click",
                () -> view.withEditor(e -> e.goToDefinition(e.area().getCaretPosition())));
        command("runtime.start", "Start local runtime", "", runtime::startLocal);
        command("runtime.attach", "Attach to a running Harper…", "", () -> Dialogs.attach(window())
                .ifPresent(t -> runtime.attach(t.operationsUrl(), t.credentials())));
        command("runtime.stop", "Stop local runtime", "", runtime::stop);
        command("runtime.deploy", "Deploy workspace", "Ctrl+Shift+D", this::deploy);
        command("runtime.health", "Refresh health", "", () -> runtime.refreshHealth(project()));
        command("view.files", "Show files and editors", "", () -> view.show(MainView.FILES));
        command("view.data", "Show data browser", "", () -> view.show(MainView.DATA));
        command("view.live", "Show live view", "", () -> view.show(MainView.LIVE));
        command("view.problems", "Show problems", "", () -> view.showBottom("tab-problems"));
        command("view.tasks", "Show tasks", "", () -> view.showBottom("tab-tasks"));
        command("view.theme", "Toggle light/dark theme", "", this::toggleTheme);
        command("help.about", "About Pilothouse", "", () -> dev.pilothouse.desktop.view.AboutDialog.show(window()));
        scene.getAccelerators().put(javafx.scene.input.KeyCombination.keyCombination("Shortcut+S"),
                workbench::saveActive);
        scene.getAccelerators().put(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Shift+D"),
                this::deploy);
    }

    private void command(String id, String title, String keys, Runnable action) {
        palette.register(new Command(id, title, keys, action));
    }

    /** Saves every open file, then deploys the workspace folder as a project named after it. */
    public void deploy() {
        workbench.saveAll().thenRun(() -> FxThread.run(() -> runtime.deploy(project())));
    }

    private String project() {
        Path ws = workbench.workspaceProperty().get();
        return ws == null ? "app" : ws.getFileName().toString().replaceAll("[^A-Za-z0-9_-]", "-");
    }

    public void toggleTheme() {
        theme = theme.other();
        theme.apply(scene);
    }

    public void setTheme(Theme t) {
        theme = t;
        theme.apply(scene);
    }

    private Path exportFile() {
        Path ws = workbench.workspaceProperty().get();
        Path dir = ws == null ? Path.of(System.getProperty("user.dir")) : ws;
        return dir.resolve("live-events-" + System.currentTimeMillis() + ".jsonl");
    }

    private Window window() {
        return scene.getWindow();
    }

    public Scene scene() {
        return scene;
    }

    public WorkbenchView view() {
        return view;
    }

    public WorkbenchViewModel workbench() {
        return workbench;
    }

    public RuntimeViewModel runtime() {
        return runtime;
    }

    public DataBrowserViewModel data() {
        return data;
    }

    public LiveViewModel live() {
        return live;
    }

    public TasksViewModel tasks() {
        return tasks;
    }

    public CommandPaletteViewModel palette() {
        return palette;
    }

    @Override
    public void close() {
        live.closeStreams();
        data.dispose();
        workbench.dispose();
        executors.close();
    }
}
