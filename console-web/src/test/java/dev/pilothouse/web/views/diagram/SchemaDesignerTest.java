package dev.pilothouse.web.views.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.pilothouse.schema.edit.SchemaEdit;
import dev.pilothouse.web.workspace.WorkspaceFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** The web designer: forms become edits of the schema text through the edit API, for developers only. */
@ViewPackages(packages = "dev.pilothouse.web.editor") // no routes: the view is built by hand here
class SchemaDesignerTest extends BrowserlessTest {

    private static final String SCHEMA = """
            # the shop
            type Product @table @export {
              id: ID @primaryKey
              name: String @indexed # shown in lists
              shelfId: ID @indexed
              shelf: Shelf @relationship(from: shelfId)
            }

            type Shelf @table {
              id: ID @primaryKey
            }
            """;

    @TempDir
    Path workspace;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private SchemaDiagramView as(String... roles) throws Exception {
        Files.writeString(workspace.resolve("schema.graphql"), SCHEMA);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "someone", "n/a", AuthorityUtils.createAuthorityList(roles)));
        SchemaDiagramView view = new SchemaDiagramView(new WorkspaceFiles(workspace), new AuthenticationContext());
        UI.getCurrent().add(view);
        return view;
    }

    private String schema() throws Exception {
        return Files.readString(workspace.resolve("schema.graphql"));
    }

    @Test
    void aDeveloperAddsATableThroughTheFormAndTheTextKeepsItsComments() throws Exception {
        SchemaDiagramView view = as("ROLE_VIEWER", "ROLE_DEVELOPER");
        $(TextField.class, view).id("designer-new-table").setValue("Rack");
        $(Button.class, view).id("designer-add-table").click();

        assertThat(schema())
                .contains("type Rack @table @export {")
                .contains("# shown in lists")
                .startsWith(SCHEMA.strip().substring(0, 20));
        assertThat(view.canvas().svg()).contains("data-id=\"table:Rack\"");
        assertThat($(Span.class, view).id("designer-applied").getText()).startsWith("Add table Rack");
        assertThat($(TextField.class, view).id("designer-rename-table").getValue())
                .as("the new table selected")
                .isEqualTo("Rack");
    }

    @Test
    void renamingATableCarriesItsReferencesAndIndexingAnAttributeEditsOnlyThatLine() throws Exception {
        SchemaDiagramView view = as("ROLE_VIEWER", "ROLE_DEVELOPER");
        view.canvas().select("table:Shelf");
        $(TextField.class, view).id("designer-rename-table").setValue("Rack");
        $(Button.class, view).id("designer-rename").click();

        assertThat(schema())
                .contains("type Rack @table")
                .contains("shelf: Rack @relationship(from: shelfId)")
                .doesNotContain("Shelf");

        view.apply(new SchemaEdit.SetIndexed("Product", "name", false));
        assertThat(schema()).contains("  name: String # shown in lists");
    }

    @Test
    void anEditTheApiRefusesChangesNothingAndSaysWhy() throws Exception {
        SchemaDiagramView view = as("ROLE_VIEWER", "ROLE_DEVELOPER");
        view.apply(new SchemaEdit.RemoveAttribute("Product", "shelfId"));

        assertThat(schema()).isEqualTo(SCHEMA);
        assertThat(view.problem().getText()).startsWith("Not applied: ").contains("shelfId");
    }

    @Test
    void aViewerGetsNoFormsAndTheServerRefusesTheirEdits() throws Exception {
        SchemaDiagramView view = as("ROLE_VIEWER");
        assertThat($(DesignerPanel.class, view).all()).isEmpty();

        view.apply(new SchemaEdit.AddTable("Rack"));
        assertThat(schema()).isEqualTo(SCHEMA);
        assertThat(view.problem().getText()).contains("developer role");
    }
}
