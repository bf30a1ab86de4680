package dev.pilothouse.schema.navigate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.LanguageService;
import org.junit.jupiter.api.Test;

class NavigationTest {

    private static final String SCHEMA = """
            "People who write"
            type Author @table(database: "library") @export(name: "writers") {
              id: ID @primaryKey
              name: String @indexed
              books: [Book] @relationship(to: "authorId")
            }
            type Book @table {
              id: ID @primaryKey
              authorId: ID @indexed
              author: Author @relationship(from: "authorId")
            }
            """;

    private final LanguageService service = new LanguageService();
    private final DocumentSnapshot doc = new DocumentSnapshot("schema.graphql", 1, SCHEMA);
    private final HoverService hover = new HoverService(service);
    private final DefinitionService definition = new DefinitionService(service);

    private static int at(String needle, int nth) {
        int i = -1;
        for (int k = 0; k <= nth; k++) {
            i = SCHEMA.indexOf(needle, i + 1);
        }
        return i + 1;
    }

    @Test
    void hoverOnADirectiveShowsItsDocAndArguments() {
        String md = hover.hover(doc, at("@table", 0) + 1).orElseThrow().markdown();
        assertThat(md).contains("@table", "Store this type as a table", "database: String");
    }

    @Test
    void hoverOnADirectiveArgumentShowsItsTypeAndDoc() {
        String md = hover.hover(doc, at("database:", 0)).orElseThrow().markdown();
        assertThat(md).contains("database", "`String`", "Database");
    }

    @Test
    void hoverOnAScalarShowsItsDoc() {
        assertThat(hover.hover(doc, at("ID @primaryKey", 0)).orElseThrow().markdown())
                .contains("ID", "Harper scalar");
    }

    @Test
    void hoverOnATableShowsDatabaseKeyExportAndAttributeCount() {
        String md = hover.hover(doc, at("Author @table", 0)).orElseThrow().markdown();
        assertThat(md).contains("table Author", "`library`", "`id`", "/writers/", "attributes: 3", "People who write");
        assertThat(hover.hover(doc, at("Author @relationship", 0)).orElseThrow().markdown())
                .contains("table Author");
    }

    @Test
    void hoverOnAFieldShowsItsTypeAndDirectives() {
        String md = hover.hover(doc, at("name: String", 0)).orElseThrow().markdown();
        assertThat(md).contains("Author.name", "`String`", "`@indexed`");
    }

    @Test
    void typeReferenceGoesToTheTypeName() {
        assertThat(definition.definition(doc, at("Book]", 0)).orElseThrow().start())
                .isEqualTo(SCHEMA.indexOf("Book @table"));
    }

    @Test
    void relationshipFromGoesToThisTypesField() {
        assertThat(definition
                        .definition(doc, at("\"authorId\")", 1) + 2)
                        .orElseThrow()
                        .start())
                .isEqualTo(SCHEMA.indexOf("authorId: ID"));
    }

    @Test
    void relationshipToGoesToTheTargetTypesField() {
        assertThat(definition
                        .definition(doc, at("\"authorId\")", 0) + 2)
                        .orElseThrow()
                        .start())
                .isEqualTo(SCHEMA.indexOf("authorId: ID"));
    }

    @Test
    void nothingUnderTheCaretGivesNothing() {
        assertThat(definition.definition(doc, 0)).isEmpty();
        assertThat(hover.hover(doc, SCHEMA.length())).isEmpty();
    }
}
