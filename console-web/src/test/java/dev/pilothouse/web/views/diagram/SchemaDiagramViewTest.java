package dev.pilothouse.web.views.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import dev.pilothouse.web.workspace.WorkspaceFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema diagram built directly (no Spring, no browser) over a real schema file. */
@ViewPackages(packages = "dev.pilothouse.web.views.diagram.none") // no routes: the view is built by hand
class SchemaDiagramViewTest extends BrowserlessTest {

    private static final String SHOP = """
            type Product @table @export {
              id: ID @primaryKey
              name: String @indexed
              shelfId: ID @indexed
              shelf: Shelf @relationship(from: shelfId)
            }
            type Shelf @table {
              id: ID @primaryKey
              products: [Product] @relationship(to: shelfId)
            }
            type Order @table(database: "sales") {
              id: ID @primaryKey
              total: Float
            }
            """;

    @TempDir
    Path workspace;

    private SchemaDiagramView view(String schema) throws Exception {
        Files.writeString(workspace.resolve("schema.graphql"), schema);
        SchemaDiagramView view = new SchemaDiagramView(
                new WorkspaceFiles(workspace), new com.vaadin.flow.spring.security.AuthenticationContext());
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void theDiagramHasANodePerTable() throws Exception {
        String svg = view(SHOP).canvas().svg();

        assertThat(svg)
                .startsWith("<svg")
                .contains("data-id=\"table:Product\"", "data-id=\"table:Shelf\"", "data-id=\"table:Order\"")
                .contains("data-id=\"rel:Product.shelf\"");
        assertThat(svg.split("class=\"node table", -1)).hasSize(4);
    }

    @Test
    void selectingATableFillsThePanelWithAttributesKeysAndRelationships() throws Exception {
        SchemaDiagramView view = view(SHOP);
        assertThat(text(view)).doesNotContain("shelfId");

        view.canvas().select("table:Product");

        assertThat(text(view))
                .contains(
                        "Product",
                        "table data.Product · exported",
                        "id: ID (primary key)",
                        "name: String (indexed)",
                        "primary key id",
                        "foreign key shelfId → Shelf",
                        "shelf → Shelf (N:1)",
                        "Shelf.products → here (1:N)");

        view.canvas().select("table:Order");

        assertThat(text(view))
                .contains("table sales.Order", "total: Float", "none")
                .doesNotContain("shelfId");
    }

    @Test
    void namesAndTextFromTheSchemaAreEscapedInTheSvg() throws Exception {
        String svg = view("""
                type Product @table @export(name: "<img src=x onerror=alert(1)>") {
                  id: ID @primaryKey
                }
                """).canvas().svg();

        assertThat(svg).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void aSyntaxErrorIsNamedByFileAndLineInsteadOfADiagram() throws Exception {
        SchemaDiagramView view = view("type Product @table {\n  id: ID @primaryKey\n");

        assertThat(view.canvas().svg()).isEmpty();
        assertThat(view.problem().getText()).startsWith("schema.graphql:3:").contains("fix syntax errors");
    }

    private static String text(SchemaDiagramView view) {
        return view.details().getElement().getTextRecursively();
    }
}
