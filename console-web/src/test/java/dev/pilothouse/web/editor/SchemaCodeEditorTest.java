package dev.pilothouse.web.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.server.VaadinSession;
import dev.pilothouse.schema.LanguageService;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The server half of the editor, checked through the JavaScript it queues for the browser (no browser). */
@ViewPackages(packages = "dev.pilothouse.web.editor") // no routes: the component alone
class SchemaCodeEditorTest extends BrowserlessTest {

    private static final String URI = "file:///ws/schema.graphql";
    private SchemaCodeEditor editor;

    @BeforeEach
    void attach() {
        editor = new SchemaCodeEditor(new EditorBackend(new LanguageService()));
        UI.getCurrent().add(editor);
        pending(); // drop the attach round-trip
    }

    private List<PendingJavaScriptInvocation> pending() {
        UI ui = UI.getCurrent();
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return ui.getInternals().dumpPendingJavaScriptInvocations();
    }

    private List<String> scripts(List<PendingJavaScriptInvocation> invocations) {
        return invocations.stream().map(i -> i.getInvocation().getExpression()).toList();
    }

    private PendingJavaScriptInvocation awaitAnalysis() throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            List<PendingJavaScriptInvocation> invocations = pending();
            for (PendingJavaScriptInvocation p : invocations) {
                if (p.getInvocation().getExpression().contains("applyAnalysis")) {
                    return p;
                }
            }
            Thread.sleep(10);
            // this thread holds the session lock, so the analysis thread's WebUi.access only queued its command
            VaadinSession session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
        }
        throw new AssertionError("no analysis arrived");
    }

    @Test
    void openingADocumentSendsItsTextAndItsAnalysis() throws Exception {
        editor.setDocument(URI, "type Product @table {\n  name: Strin\n}\n", false);

        PendingJavaScriptInvocation analysis = awaitAnalysis();
        assertThat(analysis.getInvocation().getParameters().get(0)).isEqualTo(editor.getVersion());
        assertThat(String.valueOf(analysis.getInvocation().getParameters().get(2)))
                .contains("Strin");
        assertThat(editor.getAnalysis().diagnostics()).isNotEmpty();
    }

    @Test
    void aClientEditIsAnalysedUnderItsVersion() throws Exception {
        editor.setDocument(URI, "type A @table { id: ID @primaryKey }\n", false);
        awaitAnalysis();
        long next = editor.getVersion() + 3;

        editor.changed(next, "type A @table { id: ID @primaryKey name: Sting }\n");

        PendingJavaScriptInvocation analysis = awaitAnalysis();
        assertThat(((Number) analysis.getInvocation().getParameters().get(0)).longValue())
                .isEqualTo(next);
        assertThat(editor.getText()).contains("Sting");
    }

    @Test
    void anOlderVersionThanTheCurrentOneIsIgnored() throws Exception {
        editor.setDocument(URI, "type A @table { id: ID @primaryKey }\n", false);
        awaitAnalysis();
        editor.changed(editor.getVersion() + 5, "type B @table { id: ID @primaryKey }\n");
        awaitAnalysis();

        editor.changed(editor.getVersion() - 1, "stale text");

        assertThat(editor.getText()).contains("type B");
    }

    @Test
    void aReadOnlyDocumentRefusesClientEdits() throws Exception {
        editor.setDocument(URI, "type A @table { id: ID @primaryKey }\n", true);
        assertThat(scripts(pending())).anyMatch(s -> s.contains("setDocument"));

        editor.changed(editor.getVersion() + 1, "forged");

        assertThat(editor.getText()).doesNotContain("forged");
    }

    @Test
    void formatReplacesTheTextOnTheClient() {
        editor.setDocument(URI, "type A @table {id: ID @primaryKey}", false);
        pending();

        assertThat(editor.format())
                .hasValueSatisfying(r -> assertThat(r.changed()).isTrue());
        assertThat(scripts(pending())).anyMatch(s -> s.contains("replaceText"));
    }
}
