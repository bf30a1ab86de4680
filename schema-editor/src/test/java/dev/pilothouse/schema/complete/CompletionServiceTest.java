package dev.pilothouse.schema.complete;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.LanguageService;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionServiceTest {

    private static final String SCHEMA = """
            type Author @table @export {
              id: ID @primaryKey
              name: String
              books: [Book] @relationship(to: "authorId")
            }
            type Book @table {
              id: ID @primaryKey
              authorId: ID @indexed
              title: String
            }
            type Address { street: String }
            """;

    private final CompletionService service = new CompletionService(new LanguageService());

    /** Completes at the `|` in {@code text}, which is removed. */
    private List<Completion> at(String text) {
        int caret = text.indexOf('|');
        return service.complete(
                new DocumentSnapshot(
                        "schema.graphql", text.hashCode(), text.substring(0, caret) + text.substring(caret + 1)),
                caret);
    }

    private static List<String> labels(List<Completion> items) {
        return items.stream().map(Completion::label).toList();
    }

    @Test
    void afterAColonOffersTablesFirstThenScalarsThenOtherTypes() {
        List<Completion> items = at(SCHEMA + "type Shelf { book: |");
        assertThat(labels(items)).startsWith("Author", "Book", "ID").contains("String", "Address");
        assertThat(labels(items).indexOf("Address")).isGreaterThan(labels(items).indexOf("Any"));
        assertThat(items).allMatch(c -> c.kind() == Completion.Kind.TYPE);
    }

    @Test
    void insideAListBracketOffersTypesAndReplacesThePartialWord() {
        String text = SCHEMA + "type Shelf { books: [Bo|";
        List<Completion> items = at(text);
        assertThat(labels(items)).contains("Book");
        assertThat(items.get(0).replaceStart()).isEqualTo(text.lastIndexOf("[Bo") + 1);
    }

    @Test
    void afterAtOnATypeOffersTypeDirectives() {
        assertThat(labels(at("type Shelf @|")))
                .contains("table", "export", "sealed")
                .doesNotContain("primaryKey", "indexed");
    }

    @Test
    void afterAtOnAFieldOffersFieldDirectivesWithArgumentSnippets() {
        List<Completion> items = at("type Shelf @table {\n  id: ID @pri|");
        assertThat(labels(items))
                .contains("primaryKey", "indexed", "relationship")
                .doesNotContain("table");
        assertThat(items)
                .filteredOn(c -> c.label().equals("relationship"))
                .singleElement()
                .satisfies(c -> assertThat(c.insertText()).isEqualTo("relationship($1)"));
    }

    @Test
    void insideDirectiveParenthesesOffersUnusedArguments() {
        assertThat(labels(at("type Shelf @table(database: \"x\", |")))
                .contains("table", "expiration", "audit")
                .doesNotContain("database");
    }

    @Test
    void relationshipFromOffersThisTypesFieldsQuoted() {
        List<Completion> items =
                at(SCHEMA.replace("title: String", "title: String\n  author: Author " + "@relationship(from: |"));
        assertThat(labels(items)).contains("authorId", "title", "id");
        assertThat(items)
                .filteredOn(c -> c.label().equals("authorId"))
                .singleElement()
                .satisfies(c -> assertThat(c.insertText()).isEqualTo("\"authorId\""));
    }

    @Test
    void relationshipToOffersTheTargetTypesFieldsInsideAnOpenString() {
        String text = SCHEMA + "type Shelf @table {\n  books: [Book] @relationship(to: \"au|";
        List<Completion> items = at(text);
        assertThat(labels(items)).containsExactly("id", "authorId", "title");
        assertThat(items.get(0).replaceStart()).isEqualTo(text.lastIndexOf("\"au"));
    }

    @Test
    void indexedTypeOffersHnswAndBooleanArgumentsOfferBooleans() {
        assertThat(labels(at("type A @table { v: [Float] @indexed(type: |"))).containsExactly("HNSW");
        assertThat(labels(at("type A @table(audit: |"))).containsExactly("true", "false");
    }

    @Test
    void topLevelOffersKeywordsAndATableSnippet() {
        List<Completion> items = at(SCHEMA + "\n|");
        assertThat(labels(items))
                .contains("type", "enum", "interface", "input", "union", "scalar", "directive", "extend");
        assertThat(items)
                .anyMatch(c -> c.insertText().contains("@table @export {")
                        && c.insertText().contains("id: ID @primaryKey"));
        assertThat(labels(at("|"))).contains("type");
    }

    @Test
    void inACommentOffersNothing() {
        assertThat(at("# type |")).isEmpty();
    }
}
