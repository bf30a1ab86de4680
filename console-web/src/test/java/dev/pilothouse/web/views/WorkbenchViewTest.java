package dev.pilothouse.web.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.listbox.ListBox;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.pilothouse.schema.LanguageService;
import dev.pilothouse.web.editor.EditorBackend;
import dev.pilothouse.web.editor.SchemaCodeEditor;
import dev.pilothouse.web.workspace.WorkspaceFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** The workbench built directly (no Spring, no browser), signed in as a given role. */
@ViewPackages(packages = "dev.pilothouse.web.editor") // no routes: views are built by hand here
class WorkbenchViewTest extends BrowserlessTest {

    static final java.util.concurrent.ScheduledExecutorService BACKGROUND =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor();

    @TempDir
    Path workspace;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private WorkbenchView as(String... roles) throws Exception {
        Files.writeString(workspace.resolve("schema.graphql"), "type Product @table { id: ID @primaryKey }\n");
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "someone", "n/a", AuthorityUtils.createAuthorityList(roles)));
        var plain = new dev.pilothouse.web.review.GovernedWorkspace(
                new dev.pilothouse.web.WebOptions(0, workspace, workspace.resolve("home"), java.util.Optional.empty()),
                new dev.pilothouse.web.runtime.HarperConnection(java.util.Optional.empty()));
        WorkbenchView view = new WorkbenchView(
                new WorkspaceFiles(workspace),
                new EditorBackend(new LanguageService()),
                new AuthenticationContext(),
                new dev.pilothouse.web.review.ReviewActions(
                        plain, new dev.pilothouse.web.security.JsonLinesAuditSink(workspace.resolve("audit.jsonl"))),
                BACKGROUND);
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void aViewerGetsTheSchemaReadOnlyAndCannotSave() throws Exception {
        WorkbenchView view = as("ROLE_VIEWER");

        SchemaCodeEditor editor = $(SchemaCodeEditor.class, view).single();
        assertThat(editor.isReadOnly()).isTrue();
        assertThat(editor.getText()).contains("type Product");
        assertThat($(Button.class, view).id("save").isEnabled()).isFalse();
    }

    @Test
    void aDeveloperSavesTheDraftToTheWorkspace() throws Exception {
        WorkbenchView view = as("ROLE_VIEWER", "ROLE_DEVELOPER");
        SchemaCodeEditor editor = $(SchemaCodeEditor.class, view).single();
        assertThat(editor.isReadOnly()).isFalse();

        test($(Button.class, view).id("save")).click();

        assertThat(Files.readString(workspace.resolve("schema.graphql"))).isEqualTo(editor.getText());
    }

    @Test
    void theExplorerListsTheThreeFilesAndMarksMissingOnes() throws Exception {
        WorkbenchView view = as("ROLE_VIEWER");

        @SuppressWarnings("unchecked")
        ListBox<String> explorer = $(ListBox.class, view).id("explorer");
        assertThat(explorer.getListDataView().getItems())
                .containsExactly("schema.graphql", "config.yaml", "resources.js");

        explorer.setValue("config.yaml");

        assertThat($(SchemaCodeEditor.class, view).single().getUri()).endsWith("config.yaml");
    }
}
