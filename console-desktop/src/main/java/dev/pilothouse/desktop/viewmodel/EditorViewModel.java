package dev.pilothouse.desktop.viewmodel;

import dev.pilothouse.schema.Analysis;
import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.FileKind;
import dev.pilothouse.schema.LanguageService;
import dev.pilothouse.schema.complete.Completion;
import dev.pilothouse.schema.complete.CompletionFilter;
import dev.pilothouse.schema.complete.CompletionService;
import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.schema.diagnostic.QuickFix;
import dev.pilothouse.schema.diagnostic.TextEdit;
import dev.pilothouse.schema.format.FormatResult;
import dev.pilothouse.schema.format.SchemaFormatter;
import dev.pilothouse.schema.highlight.TokenSpans;
import dev.pilothouse.schema.navigate.DefinitionService;
import dev.pilothouse.schema.navigate.Hover;
import dev.pilothouse.schema.navigate.HoverService;
import dev.pilothouse.schema.text.TextRange;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One open file. The view reports every text change; highlighting and diagnostics are computed, debounced, on the
 * single analysis thread and published on the UI executor only if the text has not changed since (stale results
 * are dropped and counted).
 */
public final class EditorViewModel {

    public static final Duration DEBOUNCE = Duration.ofMillis(100);

    private final Path file;
    private final String uri;
    private final LanguageService languages;
    private final ScheduledExecutorService analysis;
    private final Executor ui;
    private final AtomicLong version = new AtomicLong();
    private volatile String text;
    private volatile String savedText; // what the file on disk holds, as far as this editor knows
    private volatile String diskText; // what another program wrote under unsaved edits, until the user chooses
    private ScheduledFuture<?> pending;

    private final ReadOnlyObjectWrapper<TokenSpans> highlight = new ReadOnlyObjectWrapper<>(this, "highlight");
    private final ObservableList<Diagnostic> diagnostics = FXCollections.observableArrayList();
    // one wrapper kept for the editor's lifetime: the wrapper listens to the backing list weakly
    private final ObservableList<Diagnostic> readOnlyDiagnostics =
            FXCollections.unmodifiableObservableList(diagnostics);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper changedOnDisk = new ReadOnlyBooleanWrapper(this, "changedOnDisk");
    private final ReadOnlyLongWrapper staleDropped = new ReadOnlyLongWrapper(this, "staleDropped");
    private final ReadOnlyLongWrapper analyzedVersion = new ReadOnlyLongWrapper(this, "analyzedVersion", -1);
    private final ReadOnlyObjectWrapper<Analysis> analysisResult = new ReadOnlyObjectWrapper<>(this, "analysis");
    private java.util.function.Consumer<List<TextEdit>> editSink;

    public EditorViewModel(
            Path file, String initialText, LanguageService languages, ScheduledExecutorService analysis, Executor ui) {
        this.file = file;
        this.uri = file.toAbsolutePath().toUri().toString();
        this.languages = languages;
        this.analysis = analysis;
        this.ui = ui;
        this.text = initialText;
        this.savedText = initialText;
        schedule(Duration.ZERO);
    }

    public Path file() {
        return file;
    }

    public String title() {
        return file.getFileName().toString();
    }

    public FileKind kind() {
        return FileKind.detect(uri).orElse(FileKind.RESOURCES);
    }

    public String text() {
        return text;
    }

    public long version() {
        return version.get();
    }

    public DocumentSnapshot snapshot() {
        return new DocumentSnapshot(uri, version.get(), text);
    }

    /** Called by the view for every edit; starts a debounced analysis of the new version. */
    public void textChanged(String newText) {
        if (newText.equals(text)) {
            return;
        }
        text = newText;
        version.incrementAndGet();
        dirty.set(!newText.equals(savedText)); // undoing back to the saved text is clean again
        schedule(DEBOUNCE);
    }

    /** Records {@code written} as the file's content on disk; the editor is unsaved while its text differs. */
    public void markSaved(String written) {
        savedText = written;
        diskText = null;
        changedOnDisk.set(false);
        dirty.set(!text.equals(written));
    }

    /**
     * Another program wrote the file; {@code disk} is what it holds now. Without unsaved edits the editor takes it
     * (as one undoable edit); with them nothing is overwritten: the editor is marked changed on disk until the user
     * {@linkplain #reloadFromDisk() reloads} or {@linkplain #keepEdits() keeps the edits}. Our own saves come back
     * here too and change nothing. True when the editor took the new text.
     */
    public boolean diskChanged(String disk) {
        if (disk.equals(text)) {
            markSaved(disk); // the same text: whoever wrote it, nothing is unsaved any more
            return false;
        }
        if (disk.equals(savedText)) { // nothing new, or the other program put back what we knew
            diskText = null;
            changedOnDisk.set(false);
            return false;
        }
        if (!dirty.get()) {
            replaceText(disk);
            markSaved(disk);
            return true;
        }
        diskText = disk;
        changedOnDisk.set(true);
        return false;
    }

    /** Drops the unsaved edits for what is on disk now (an undoable edit, as any other). */
    public void reloadFromDisk() {
        String disk = diskText;
        if (disk != null) {
            replaceText(disk);
            markSaved(disk);
        }
    }

    /** Keeps the unsaved edits; saving them will replace what the other program wrote. */
    public void keepEdits() {
        String disk = diskText;
        if (disk != null) {
            markSaved(disk);
        }
    }

    /** Analyses the same text again: something it is checked against changed (config.yaml and package.json). */
    public void reanalyze() {
        languages.close(uri);
        schedule(Duration.ZERO);
    }

    private void replaceText(String now) {
        applyEdits(List.of(new TextEdit(0, text.length(), now)));
    }

    private synchronized void schedule(Duration delay) {
        if (pending != null) {
            pending.cancel(false);
        }
        DocumentSnapshot snapshot = snapshot();
        pending = analysis.schedule(() -> analyze(snapshot), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void analyze(DocumentSnapshot snapshot) {
        if (snapshot.version() != version.get()) {
            return; // superseded before it started
        }
        TokenSpans spans = languages.highlight(snapshot, 0, snapshot.text().length());
        Analysis result = languages.analyze(snapshot);
        ui.execute(() -> {
            publish(snapshot.version(), spans, result.diagnostics());
            if (result.version() == version.get()) {
                analysisResult.set(result); // the parse and model, for views of the whole file (the designer)
            }
        });
    }

    /** Applies a result only when it belongs to the current text; package-private for the version-drop test. */
    void publish(long resultVersion, TokenSpans spans, List<Diagnostic> found) {
        if (resultVersion != version.get()) {
            staleDropped.set(staleDropped.get() + 1);
            return;
        }
        highlight.set(spans);
        diagnostics.setAll(found);
        analyzedVersion.set(resultVersion);
    }

    /**
     * Applies edits made outside the text area (the designer) as if typed: through the view's editor when one is
     * attached (so they join its undo history), else straight to the text.
     */
    public void applyEdits(List<TextEdit> edits) {
        if (edits.isEmpty()) {
            return;
        }
        if (editSink != null) {
            editSink.accept(edits);
        } else {
            textChanged(TextEdit.apply(text, edits));
        }
    }

    /** Set by the view that shows this editor; it applies {@link #applyEdits} to its text area. */
    public void setEditSink(java.util.function.Consumer<List<TextEdit>> sink) {
        this.editSink = sink;
    }

    /** What Enter inserts at {@code offset}: a line break and the indentation ({@link AutoIndent}). */
    public String lineBreakAt(int offset) {
        return AutoIndent.lineBreak(text, offset, kind());
    }

    /** Completions at {@code offset}, narrowed to the word typed before it ({@link CompletionFilter}). */
    public List<Completion> completionsAt(int offset) {
        DocumentSnapshot now = snapshot();
        return CompletionFilter.typedPrefix(new CompletionService(languages).complete(now, offset), now.text(), offset);
    }

    public Optional<Hover> hoverAt(int offset) {
        return kind() == FileKind.SCHEMA ? new HoverService(languages).hover(snapshot(), offset) : Optional.empty();
    }

    public Optional<TextRange> definitionAt(int offset) {
        return kind() == FileKind.SCHEMA
                ? new DefinitionService(languages).definition(snapshot(), offset)
                : Optional.empty();
    }

    /** Quick fixes of the diagnostics that cover {@code offset} (touching the end counts). */
    public List<QuickFix> quickFixesAt(int offset) {
        return diagnostics.stream()
                .filter(d -> d.range().start() <= offset && offset <= d.range().end())
                .flatMap(d -> d.fixes().stream())
                .toList();
    }

    /** The formatted text, or the refusal; only schema files have a formatter. */
    public FormatResult format() {
        if (kind() != FileKind.SCHEMA) {
            return new FormatResult(text, text, "Only schema.graphql has a formatter", null);
        }
        return SchemaFormatter.formatResult(text);
    }

    public ReadOnlyObjectProperty<TokenSpans> highlightProperty() {
        return highlight.getReadOnlyProperty();
    }

    public ObservableList<Diagnostic> diagnostics() {
        return readOnlyDiagnostics;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** True while another program's write waits for the user's choice (the editor has unsaved edits). */
    public ReadOnlyBooleanProperty changedOnDiskProperty() {
        return changedOnDisk.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty staleDroppedProperty() {
        return staleDropped.getReadOnlyProperty();
    }

    /** The latest analysis of the current text (parse tree and model for schema files). */
    public ReadOnlyObjectProperty<Analysis> analysisProperty() {
        return analysisResult.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty analyzedVersionProperty() {
        return analyzedVersion.getReadOnlyProperty();
    }
}
