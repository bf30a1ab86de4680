package dev.pilothouse.web.editor;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import dev.pilothouse.schema.Analysis;
import dev.pilothouse.schema.FileKind;
import dev.pilothouse.schema.format.FormatResult;
import dev.pilothouse.schema.format.SchemaFormatter;
import dev.pilothouse.web.ui.WebUi;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Our CodeMirror 6 editor for the three app files, fed by the server-side language service.
 * Client → server: debounced {@code changed(version, text)}, {@code complete} and {@code hover} calls.
 * Server → client: {@code applyAnalysis(version, tokens, diagnostics)}, computed off the request thread on one
 * executor per editor and delivered through {@link WebUi}; a result whose version is no longer current is dropped.
 */
@Tag("schema-code-editor")
@JsModule("./schema-code-editor.ts")
@NpmPackage(value = "@codemirror/state", version = "6.7.6")
@NpmPackage(value = "@codemirror/view", version = "6.43.15")
@NpmPackage(value = "@codemirror/language", version = "6.13.1")
@NpmPackage(value = "@codemirror/lint", version = "6.9.8")
@NpmPackage(value = "@codemirror/autocomplete", version = "6.20.4")
@NpmPackage(value = "@codemirror/commands", version = "6.11.1")
public class SchemaCodeEditor extends Component implements HasSize {

    private final EditorBackend backend;
    private ExecutorService analyser;
    private String uri = "untitled.graphql";
    private String text = "";
    private volatile long version;
    private boolean readOnly;
    private Analysis lastAnalysis;
    private Consumer<Analysis> analysisListener = a -> {};

    public SchemaCodeEditor(EditorBackend backend) {
        this.backend = backend;
        setHeight("100%");
    }

    /**
     * Shows a new document. Versions keep increasing across documents because the language service caches
     * per URI and version: reopening a changed file must never hit an old entry.
     */
    public void setDocument(String documentUri, String documentText, boolean documentReadOnly) {
        FileKind.detect(documentUri).orElseThrow(() -> new IllegalArgumentException("not an app file: " + documentUri));
        this.uri = documentUri;
        this.text = documentText;
        this.readOnly = documentReadOnly;
        this.version = version + 1;
        this.lastAnalysis = null;
        getElement().executeJs("this.setDocument($0,$1,$2)", version, documentText, documentReadOnly);
        schedule(version, documentText);
    }

    public String getText() {
        return text;
    }

    public String getUri() {
        return uri;
    }

    public long getVersion() {
        return version;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** The analysis of the current version, or null while it is being computed. */
    public Analysis getAnalysis() {
        return lastAnalysis;
    }

    /** Called on the UI thread whenever the analysis of the current version is applied. */
    public void onAnalysis(Consumer<Analysis> listener) {
        this.analysisListener = listener;
    }

    /** Formats a schema in place (one undoable client edit); empty for the files that have no formatter. */
    public java.util.Optional<FormatResult> format() {
        if (FileKind.detect(uri).orElse(null) != FileKind.SCHEMA) {
            return java.util.Optional.empty();
        }
        FormatResult result = SchemaFormatter.formatResult(text);
        if (!result.refused() && result.changed() && !readOnly) {
            getElement().executeJs("this.replaceText($0)", result.text());
        }
        return java.util.Optional.of(result);
    }

    @ClientCallable
    void changed(long clientVersion, String clientText) {
        if (readOnly || clientVersion <= version) {
            return; // an out-of-order or forged edit of a read-only document
        }
        version = clientVersion;
        text = clientText;
        schedule(clientVersion, clientText);
    }

    @ClientCallable
    String complete(long clientVersion, String clientText, int offset) {
        if (offset < 0 || offset > clientText.length()) {
            return "{\"from\":0,\"to\":0,\"items\":[]}";
        }
        return backend.complete(uri, clientVersion, clientText, offset);
    }

    @ClientCallable
    String hover(long clientVersion, String clientText, int offset) {
        if (offset < 0 || offset > clientText.length()) {
            return "{\"text\":\"\"}";
        }
        return backend.hover(uri, clientVersion, clientText, offset);
    }

    private void schedule(long forVersion, String forText) {
        UI ui = UI.getCurrent();
        String forUri = uri;
        Runnable work = () -> {
            EditorBackend.Result result = backend.analyse(forUri, forVersion, forText);
            if (ui != null) {
                WebUi.access(ui, () -> apply(forUri, result));
            }
        };
        if (analyser == null) {
            work.run(); // not attached yet: nothing to race with
        } else {
            analyser.execute(work);
        }
    }

    private void apply(String forUri, EditorBackend.Result result) {
        if (!forUri.equals(uri) || result.version() != version) {
            return; // stale: the text moved on while this was computed
        }
        lastAnalysis = result.analysis();
        getElement()
                .executeJs(
                        "this.applyAnalysis($0,$1,$2)",
                        result.version(),
                        result.tokensJson(),
                        result.diagnosticsJson());
        analysisListener.accept(result.analysis());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        analyser = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "schema-editor-analysis");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        analyser.shutdownNow();
        analyser = null;
    }
}
