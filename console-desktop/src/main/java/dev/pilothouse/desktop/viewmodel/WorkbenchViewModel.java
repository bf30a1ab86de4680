package dev.pilothouse.desktop.viewmodel;

import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.LanguageService;
import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.workspace.AppFiles;
import dev.pilothouse.workspace.AppName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The workspace folder, its app files, the open editors and every problem they report. File I/O runs as tasks on
 * the I/O executor; editors are created on the UI executor.
 */
public final class WorkbenchViewModel {

    /** The three files Harper reads from an app folder, in explorer order. */
    public static final List<String> APP_FILES = AppFiles.REQUIRED;

    private final LanguageService languages;
    private final ScheduledExecutorService analysis;
    private final Executor ui;
    private final TasksViewModel tasks;
    private final java.util.function.Consumer<Path> opening;
    private final FolderWatcher watcher;
    private FolderWatcher.Watch watch = () -> {};
    private boolean disposed; // read and written on the UI thread only

    private final ReadOnlyObjectWrapper<Path> workspace = new ReadOnlyObjectWrapper<>(this, "workspace");
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<EditorViewModel> editors = FXCollections.observableArrayList();
    private final ObjectProperty<EditorViewModel> activeEditor = new SimpleObjectProperty<>(this, "activeEditor");
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    /** Diagnostics of the app files as saved on disk, for files without an editor (UI thread only). */
    private final Map<Path, List<Diagnostic>> onDisk = new HashMap<>();

    public WorkbenchViewModel(
            LanguageService languages, ScheduledExecutorService analysis, Executor ui, TasksViewModel tasks) {
        this(languages, analysis, ui, tasks, dir -> {});
    }

    /** {@code opening} runs in the background before a workspace's files are listed (e.g. to load its plugins). */
    public WorkbenchViewModel(
            LanguageService languages,
            ScheduledExecutorService analysis,
            Executor ui,
            TasksViewModel tasks,
            java.util.function.Consumer<Path> opening) {
        this(languages, analysis, ui, tasks, opening, FolderWatcher.NONE);
    }

    /** {@code watcher} reports the app files that other programs write, which the workbench then follows. */
    public WorkbenchViewModel(
            LanguageService languages,
            ScheduledExecutorService analysis,
            Executor ui,
            TasksViewModel tasks,
            java.util.function.Consumer<Path> opening,
            FolderWatcher watcher) {
        this.languages = languages;
        this.analysis = analysis;
        this.ui = ui;
        this.tasks = tasks;
        this.opening = opening;
        this.watcher = watcher;
    }

    /** Lists the app files of {@code dir} (creating the folder if needed) and opens the schema. */
    public CompletableFuture<List<Path>> openWorkspace(Path dir) {
        return tasks.run(
                "Open workspace " + dir.getFileName(),
                progress -> {
                    Files.createDirectories(dir);
                    opening.accept(dir);
                    List<Path> found = new ArrayList<>();
                    for (String name : APP_FILES) {
                        if (Files.isRegularFile(dir.resolve(name))) {
                            found.add(dir.resolve(name));
                        }
                    }
                    return found;
                },
                found -> {
                    editors.forEach(e -> languages.close(e.snapshot().uri()));
                    editors.clear();
                    problems.clear();
                    onDisk.clear();
                    workspace.set(dir);
                    watch.close();
                    watch = watcher.watch(
                            dir,
                            java.util.Set.copyOf(AppFiles.ALL),
                            changed -> ui.execute(() -> changedOnDisk(dir, changed)));
                    files.setAll(found);
                    found.forEach(this::analyzeOnDisk);
                    found.stream()
                            .filter(f -> f.getFileName().toString().equals("schema.graphql"))
                            .findFirst()
                            .ifPresent(this::open);
                });
    }

    /** Creates a missing app file with a minimal valid body, then opens it. */
    public CompletableFuture<Path> createFile(String name) {
        Path dir = workspace.get();
        Path file = dir.resolve(name);
        return tasks.run(
                "Create " + name,
                progress -> {
                    if (!Files.exists(file)) {
                        Files.writeString(file, Templates.of(name), StandardCharsets.UTF_8);
                    }
                    return file;
                },
                created -> {
                    list(created);
                    open(created);
                });
    }

    /** Focuses the editor of {@code file}, reading it first when it is not open yet. */
    public CompletableFuture<EditorViewModel> open(Path file) {
        Optional<EditorViewModel> open = editorOf(file);
        if (open.isPresent()) {
            activeEditor.set(open.get());
            return CompletableFuture.completedFuture(open.get());
        }
        CompletableFuture<EditorViewModel> result = new CompletableFuture<>();
        tasks.run("Read " + file.getFileName(), progress -> Files.readString(file, StandardCharsets.UTF_8), text -> {
                    EditorViewModel editor = editorOf(file).orElseGet(() -> add(file, text));
                    activeEditor.set(editor);
                    result.complete(editor);
                })
                .exceptionally(e -> {
                    result.completeExceptionally(e);
                    return null;
                });
        return result;
    }

    private EditorViewModel add(Path file, String text) {
        EditorViewModel editor = new EditorViewModel(file, text, languages, analysis, ui);
        editor.diagnostics().addListener((ListChangeListener<Object>) change -> refreshProblems());
        editor.analyzedVersionProperty().addListener((o, was, now) -> refreshProblems());
        editors.add(editor);
        return editor;
    }

    public void close(EditorViewModel editor) {
        editors.remove(editor);
        languages.close(editor.snapshot().uri());
        if (activeEditor.get() == editor) {
            activeEditor.set(editors.isEmpty() ? null : editors.get(editors.size() - 1));
        }
        refreshProblems();
        if (files.contains(editor.file())) {
            analyzeOnDisk(editor.file()); // unsaved edits are gone: the file on disk is what counts again
        }
    }

    /**
     * Analyses {@code file} as it is on disk, on the analysis thread, so the problems panel counts the app files
     * that no editor shows. Version -1 never meets an editor's; the cached analysis is dropped at once.
     */
    private void analyzeOnDisk(Path file) {
        Path dir = workspace.get();
        analysis.execute(() -> {
            List<Diagnostic> found;
            try {
                DocumentSnapshot snapshot = new DocumentSnapshot(
                        file.toAbsolutePath().toUri().toString(), -1, Files.readString(file, StandardCharsets.UTF_8));
                found = languages.analyze(snapshot).diagnostics();
                languages.close(snapshot.uri()); // only a cache; an editor's next analysis fills it again
            } catch (IOException | RuntimeException unreadable) {
                found = List.of(); // gone or unreadable: nothing to list until it is opened
            }
            List<Diagnostic> result = found;
            ui.execute(() -> {
                if (java.util.Objects.equals(dir, workspace.get()) && files.contains(file)) {
                    onDisk.put(file, result);
                    refreshProblems();
                }
            });
        });
    }

    /**
     * Follows app files another program wrote (an agent, another editor): the problems of files without an editor
     * are read again, editors follow the disk unless they hold unsaved edits (then they are marked, never
     * overwritten: {@link EditorViewModel#diskChanged}). package.json changes what config.yaml is checked against.
     */
    void changedOnDisk(Path dir, java.util.Set<Path> changed) {
        if (disposed || !dir.equals(workspace.get())) {
            return; // a report from the workspace that was open before, or queued while the console closed
        }
        for (Path file : changed) {
            String name = file.getFileName().toString();
            if (name.equals("package.json")) {
                Path config = dir.resolve("config.yaml");
                editorOf(config).ifPresentOrElse(EditorViewModel::reanalyze, () -> {
                    if (files.contains(config)) {
                        analyzeOnDisk(config);
                    }
                });
            } else if (APP_FILES.contains(name)) {
                followDisk(file);
            }
        }
    }

    /** Reads {@code file} off the UI thread (null: gone), then follows it. */
    private void followDisk(Path file) {
        if (disposed) {
            return;
        }
        analysis.execute(() -> {
            String disk;
            try {
                disk = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
            } catch (IOException | RuntimeException unreadable) {
                return; // mid-write or gone again: the next report reads it
            }
            ui.execute(() -> followDisk(file, disk));
        });
    }

    private void followDisk(Path file, String disk) {
        if (disposed || !file.getParent().equals(workspace.get())) {
            return;
        }
        if (disk != null) {
            list(file); // created outside, as createFile would
        }
        Optional<EditorViewModel> editor = editorOf(file);
        if (editor.isPresent()) {
            if (disk != null) { // deleted under an open editor: it keeps its text, saving writes the file again
                editor.get().diskChanged(disk);
            }
        } else if (disk == null) {
            files.remove(file);
            onDisk.remove(file);
            refreshProblems();
        } else {
            analyzeOnDisk(file);
        }
    }

    /** Adds {@code file} to the explorer's list, in app-file order, unless it is there. */
    private void list(Path file) {
        if (!files.contains(file)) {
            List<Path> ordered = new ArrayList<>(files);
            ordered.add(file);
            ordered.sort(java.util.Comparator.comparingInt(
                    p -> APP_FILES.indexOf(p.getFileName().toString())));
            files.setAll(ordered);
        }
    }

    /**
     * Re-reads the open editors whose text is unchanged since the last save, after something else rewrote the
     * files (a governed deploy or rollback checks out another version). Editors with unsaved edits keep them: the
     * user's text is never overwritten. Completes with the files whose editors took the new text.
     */
    public CompletableFuture<List<Path>> reloadUnmodified() {
        List<EditorViewModel> clean =
                editors.stream().filter(e -> !e.dirtyProperty().get()).toList();
        CompletableFuture<List<Path>> result = new CompletableFuture<>();
        tasks.run(
                        "Reload files changed on disk",
                        progress -> {
                            java.util.Map<EditorViewModel, String> read = new java.util.LinkedHashMap<>();
                            for (EditorViewModel e : clean) {
                                if (Files.isRegularFile(e.file())) {
                                    read.put(e, Files.readString(e.file(), StandardCharsets.UTF_8));
                                }
                            }
                            return read;
                        },
                        read -> {
                            List<Path> reloaded = new java.util.ArrayList<>();
                            read.forEach((editor, disk) -> {
                                // still open, still unmodified, and really different: replace the whole text as one
                                // edit
                                if (editors.contains(editor)
                                        && !editor.dirtyProperty().get()
                                        && !disk.equals(editor.text())) {
                                    editor.applyEdits(List.of(new dev.pilothouse.schema.diagnostic.TextEdit(
                                            0, editor.text().length(), disk)));
                                    editor.markSaved(disk);
                                    reloaded.add(editor.file());
                                }
                            });
                            files.stream().filter(f -> editorOf(f).isEmpty()).forEach(this::analyzeOnDisk);
                            result.complete(reloaded);
                        })
                .exceptionally(e -> {
                    result.completeExceptionally(e);
                    return null;
                });
        return result;
    }

    /** Writes the active editor's text to disk. */
    public CompletableFuture<Path> saveActive() {
        EditorViewModel editor = activeEditor.get();
        if (editor == null) {
            return CompletableFuture.completedFuture(null);
        }
        String text = editor.text();
        return tasks.run(
                "Save " + editor.title(),
                progress -> {
                    Files.writeString(editor.file(), text, StandardCharsets.UTF_8);
                    return editor.file();
                },
                saved -> editor.markSaved(text));
    }

    /** Saves every modified editor (before a deploy); completes when all are written. */
    public CompletableFuture<Void> saveAll() {
        List<CompletableFuture<?>> writes = new ArrayList<>();
        for (EditorViewModel editor : editors) {
            if (editor.dirtyProperty().get()) {
                String text = editor.text();
                writes.add(tasks.run(
                        "Save " + editor.title(),
                        p -> {
                            Files.writeString(editor.file(), text, StandardCharsets.UTF_8);
                            return editor.file();
                        },
                        saved -> editor.markSaved(text)));
            }
        }
        return CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new));
    }

    /** Every app file's diagnostics: an open editor's for its text (once analysed), else the file on disk's. */
    private void refreshProblems() {
        List<Problem> all = new ArrayList<>();
        Set<Path> analysed = new HashSet<>();
        for (EditorViewModel editor : editors) {
            if (editor.analyzedVersionProperty().get() >= 0) {
                editor.diagnostics().forEach(d -> all.add(new Problem(editor.file(), d)));
                analysed.add(editor.file());
            }
        }
        onDisk.forEach((file, found) -> {
            if (!analysed.contains(file)) {
                found.forEach(d -> all.add(new Problem(file, d)));
            }
        });
        all.sort(java.util.Comparator.comparing((Problem p) -> p.diagnostic().severity())
                .thenComparing(Problem::title)
                .thenComparingInt(p -> p.diagnostic().range().start()));
        problems.setAll(all);
    }

    public Optional<EditorViewModel> editorOf(Path file) {
        return editors.stream().filter(e -> e.file().equals(file)).findFirst();
    }

    public List<String> missingFiles() {
        return APP_FILES.stream()
                .filter(n ->
                        files.stream().noneMatch(f -> f.getFileName().toString().equals(n)))
                .toList();
    }

    /** The Harper component the open workspace deploys as ({@link AppName}); "app" while none is open. */
    public String component() {
        Path ws = workspace.get();
        return ws == null ? "app" : AppName.of(ws);
    }

    public ReadOnlyObjectProperty<Path> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public ObservableList<Path> files() {
        return files;
    }

    public ObservableList<EditorViewModel> editors() {
        return editors;
    }

    public ObjectProperty<EditorViewModel> activeEditorProperty() {
        return activeEditor;
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    /** Closes every file (on exit). */
    public void dispose() {
        disposed = true; // reports already queued for the UI thread find the console closed
        watch.close();
        new ArrayList<>(editors).forEach(this::close);
    }
}
