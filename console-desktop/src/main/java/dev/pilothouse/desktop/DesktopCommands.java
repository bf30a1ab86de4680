package dev.pilothouse.desktop;

import dev.pilothouse.desktop.view.AboutDialog;
import dev.pilothouse.desktop.view.Dialogs;
import dev.pilothouse.desktop.view.WorkbenchView;
import dev.pilothouse.desktop.view.WorkbenchView.MainView;
import dev.pilothouse.desktop.viewmodel.Command;
import dev.pilothouse.desktop.viewmodel.CommandPaletteViewModel;
import dev.pilothouse.desktop.viewmodel.RuntimeViewModel;
import dev.pilothouse.desktop.viewmodel.WorkbenchViewModel;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * The command palette's commands with the keys they show, and the window's own shortcuts (Ctrl+S, Ctrl+Shift+D).
 * Each command only calls a view model, a view or a dialog; what it does lives there.
 */
final class DesktopCommands {

    /** The tabs that open on demand, by the runnables their views returned when installed. */
    record Panels(Runnable history, Runnable plugins, Runnable requests, Runnable agentSurface) {}

    private final CommandPaletteViewModel palette;
    private final Scene scene;
    private final WorkbenchView view;
    private final WorkbenchViewModel workbench;
    private final RuntimeViewModel runtime;
    private final ProposeActions proposals;
    private final Panels panels;
    private final Runnable refreshGovernance;
    private final Runnable toggleTheme;

    DesktopCommands(
            CommandPaletteViewModel palette,
            Scene scene,
            WorkbenchView view,
            WorkbenchViewModel workbench,
            RuntimeViewModel runtime,
            ProposeActions proposals,
            Panels panels,
            Runnable refreshGovernance,
            Runnable toggleTheme) {
        this.palette = palette;
        this.scene = scene;
        this.view = view;
        this.workbench = workbench;
        this.runtime = runtime;
        this.proposals = proposals;
        this.panels = panels;
        this.refreshGovernance = refreshGovernance;
        this.toggleTheme = toggleTheme;
    }

    /** Adds every command to the palette, in the order it lists them, and the shortcuts to the scene. */
    void register() {
        command("workspace.open", "Open workspace folder…", "", this::openWorkspace);
        command("file.save", "Save", "Ctrl+S", workbench::saveActive);
        command("file.saveAll", "Save all", "", workbench::saveAll);
        command("editor.format", "Format document", "Ctrl+Shift+F", () -> view.withEditor(e -> e.format()));
        command("editor.quickFix", "Quick fix at caret", "Alt+Enter", () -> view.withEditor(e -> e.quickFix()));
        command("editor.complete", "Trigger completion", "Ctrl+Space", () -> view.withEditor(e -> e.showCompletion()));
        command(
                "editor.definition",
                "Go to definition",
                "F12 / Ctrl+click",
                () -> view.withEditor(e -> e.goToDefinition(e.area().getCaretPosition())));
        command("runtime.start", "Start local runtime", "", runtime::startLocal);
        command(
                "runtime.attach",
                "Attach to a running Harper…",
                "",
                () -> Dialogs.attach(window()).ifPresent(t -> runtime.attach(t.operationsUrl(), t.credentials())));
        command("runtime.stop", "Stop local runtime", "", runtime::stop);
        command("review.propose", "Propose workspace changes", "Ctrl+Shift+D", proposals::proposeOrDeploy);
        command("runtime.health", "Refresh health", "", () -> runtime.refreshHealth(workbench.component()));
        command("view.files", "Show files and editors", "", () -> view.show(MainView.FILES));
        command("view.data", "Show data browser", "", () -> view.show(MainView.DATA));
        command("view.plugins", "Show plugins and their panels", "", panels.plugins());
        command("view.live", "Show live view", "", () -> view.show(MainView.LIVE));
        command("view.designer", "Show schema designer", "", () -> view.show(MainView.DESIGNER));
        command("view.problems", "Show problems", "", () -> view.showBottom("tab-problems"));
        command("view.tasks", "Show tasks", "", () -> view.showBottom("tab-tasks"));
        command("review.refresh", "Refresh proposals and history", "", refreshGovernance);
        command("view.history", "Show history and audit timeline", "", panels.history());
        command("view.requests", "Show boundary change requests", "", panels.requests());
        command("view.agentSurface", "View as agent", "", panels.agentSurface());
        command("view.logs", "Show Harper's log", "", () -> view.showBottom("tab-logs"));
        command("view.theme", "Toggle light/dark theme", "", toggleTheme);
        command("help.about", "About Pilothouse", "", () -> AboutDialog.show(window()));
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+S"), workbench::saveActive);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+D"), proposals::proposeOrDeploy);
    }

    private void command(String id, String title, String keys, Runnable action) {
        palette.register(new Command(id, title, keys, action));
    }

    private void openWorkspace() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Workspace folder");
        var dir = chooser.showDialog(window());
        if (dir != null) {
            workbench.openWorkspace(dir.toPath());
        }
    }

    private Window window() {
        return scene.getWindow();
    }
}
