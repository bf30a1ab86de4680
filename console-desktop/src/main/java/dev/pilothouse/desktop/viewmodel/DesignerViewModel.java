package dev.pilothouse.desktop.viewmodel;

import dev.pilothouse.schema.Analysis;
import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.schema.edit.SchemaEdit;
import dev.pilothouse.schema.edit.SchemaEditException;
import dev.pilothouse.schema.edit.SchemaEditResult;
import dev.pilothouse.schema.edit.SchemaEditor;
import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.visualizer.diagram.Diagram;
import dev.pilothouse.visualizer.layout.LayoutResult;
import dev.pilothouse.visualizer.scene.Scene;
import dev.pilothouse.visualizer.schema.SchemaDiagram;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The visual schema designer over the open schema.graphql editor. The text stays the source of truth: each
 * analysis of the editor (already debounced and versioned) is laid out with ELK on the layout executor and
 * published only if no newer analysis was requested meanwhile; each form operation becomes minimal text edits
 * ({@link SchemaEditor}) applied to the editor, whose next analysis redraws the diagram.
 */
public final class DesignerViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(DesignerViewModel.class);
    public static final String SCHEMA_FILE = "schema.graphql";

    private final SchemaDiagram diagram;
    private final Executor layout;
    private final Executor ui;
    private final Runnable openSchema;
    private final DesignerSelection selection = new DesignerSelection();
    private final AtomicLong requested = new AtomicLong(-1);
    private final ChangeListener<Analysis> onAnalysis = (o, a, b) -> analysisChanged(b);
    private EditorViewModel schema;
    private LayoutResult previous = LayoutResult.EMPTY;

    private final ReadOnlyObjectWrapper<Scene> scene = new ReadOnlyObjectWrapper<>(this, "scene");
    private final ReadOnlyObjectWrapper<SchemaModel> model =
            new ReadOnlyObjectWrapper<>(this, "model", SchemaModel.EMPTY);
    private final ReadOnlyLongWrapper diagramVersion = new ReadOnlyLongWrapper(this, "diagramVersion", -1);
    private final ReadOnlyLongWrapper staleDropped = new ReadOnlyLongWrapper(this, "staleDropped");
    private final ReadOnlyStringWrapper status =
            new ReadOnlyStringWrapper(this, "status", "Open a workspace with a " + SCHEMA_FILE);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /**
     * {@code editors} are the open editors (the one for schema.graphql is followed); {@code openSchema} opens it
     * when an operation finds it closed; {@code layout} runs ELK and prepares edits, {@code ui} publishes.
     */
    public DesignerViewModel(
            ObservableList<EditorViewModel> editors,
            Runnable openSchema,
            SchemaDiagram diagram,
            Executor layout,
            Executor ui) {
        this.diagram = diagram;
        this.layout = layout;
        this.ui = ui;
        this.openSchema = openSchema;
        editors.addListener((ListChangeListener<EditorViewModel>) c -> follow(editors));
        follow(editors);
    }

    private void follow(ObservableList<EditorViewModel> editors) {
        EditorViewModel found = editors.stream()
                .filter(e -> e.title().equals(SCHEMA_FILE))
                .findFirst()
                .orElse(null);
        if (found == schema) {
            return;
        }
        if (schema != null) {
            schema.analysisProperty().removeListener(onAnalysis);
        }
        schema = found;
        previous = LayoutResult.EMPTY;
        if (schema == null) {
            status.set("Open a workspace with a " + SCHEMA_FILE);
            return;
        }
        schema.analysisProperty().addListener(onAnalysis);
        analysisChanged(schema.analysisProperty().get());
    }

    private void analysisChanged(Analysis analysis) {
        if (analysis == null || analysis.parsed() == null) {
            return;
        }
        if (analysis.parsed().hasSyntaxErrors()) {
            Diagnostic d = analysis.parsed().diagnostics().stream()
                    .filter(Diagnostic::isError)
                    .findFirst()
                    .orElseThrow();
            status.set(SCHEMA_FILE + " has a syntax error at line " + d.range().startLine() + " (" + d.message()
                    + "); the diagram shows the last version that parsed");
            return;
        }
        SchemaModel m = analysis.model();
        model.set(m);
        selection.refresh(m);
        long version = analysis.version();
        requested.set(version);
        LayoutResult before = previous;
        CompletableFuture.supplyAsync(() -> diagram.draw(m, before), layout)
                .whenCompleteAsync(
                        (drawn, failure) -> {
                            if (failure != null) {
                                LOG.warn("Layout of {} version {} failed", SCHEMA_FILE, version, failure);
                                error.set("The diagram could not be laid out: " + failure.getMessage());
                            } else {
                                publish(version, drawn);
                            }
                        },
                        ui);
    }

    /** Shows a layout only if it belongs to the latest analysis asked for; package-private for the drop test. */
    void publish(long version, Diagram drawn) {
        if (version != requested.get()) {
            staleDropped.set(staleDropped.get() + 1);
            return;
        }
        previous = drawn.layout();
        scene.set(drawn.scene());
        diagramVersion.set(version);
        status.set(drawn.scene().title() + " · " + SCHEMA_FILE + " version " + version);
    }

    /**
     * Applies one operation to the schema editor's current text. The edits are computed on the background executor
     * (an operation parses the file twice, about the cost of one analysis: docs/benchmarks.md) and applied on the UI
     * thread only if the text is still the one they were computed for. Completes with false (and sets
     * {@link #errorProperty()}) when refused; the message names the table and attribute.
     */
    public CompletableFuture<Boolean> apply(SchemaEdit edit) {
        if (schema == null) {
            openSchema.run();
            error.set("No " + SCHEMA_FILE + " is open yet: open a workspace (or create the file) and try again");
            return CompletableFuture.completedFuture(false);
        }
        EditorViewModel target = schema;
        String text = target.text();
        long version = target.version();
        return CompletableFuture.supplyAsync(() -> SchemaEditor.apply(text, edit), layout)
                .handleAsync((result, failure) -> applied(target, version, edit, result, failure), ui);
    }

    private boolean applied(
            EditorViewModel target, long version, SchemaEdit edit, SchemaEditResult result, Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException c ? c.getCause() : failure;
        if (cause instanceof SchemaEditException refused) {
            error.set(refused.getMessage());
            return false;
        }
        if (cause != null) {
            LOG.error("{} failed", edit.describe(), cause);
            error.set(edit.describe() + " failed: " + cause.getMessage());
            return false;
        }
        if (target != schema || target.version() != version) {
            error.set(SCHEMA_FILE + " changed while \"" + edit.describe() + "\" was prepared; nothing was applied,"
                    + " try again");
            return false;
        }
        target.applyEdits(result.edits());
        error.set("");
        status.set(
                result.changed()
                        ? "Applied: " + edit.describe() + " (" + SCHEMA_FILE + ", unsaved)"
                        : edit.describe() + ": already so, nothing changed");
        selection.after(edit);
        return true;
    }

    /** A click in the diagram: a scene node id ({@code table:Name}) and the row hit, if any. */
    public void select(String nodeId, String row) {
        selection.select(nodeId, row, model.get());
    }

    public DesignerSelection selection() {
        return selection;
    }

    public ReadOnlyObjectProperty<Scene> sceneProperty() {
        return scene.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SchemaModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty diagramVersionProperty() {
        return diagramVersion.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty staleDroppedProperty() {
        return staleDropped.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
