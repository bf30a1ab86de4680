package dev.pilothouse.schema.complete;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.LanguageService;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionFilterTest {

    private final CompletionService service = new CompletionService(new LanguageService());

    private static Completion item(String label) {
        return new Completion(label, Completion.Kind.TYPE, label, 0, 0, null, null);
    }

    private static List<String> labels(List<Completion> items) {
        return items.stream().map(Completion::label).toList();
    }

    /** Completes and filters at the end of {@code text}, as an editor does. */
    private List<String> typed(String text) {
        List<Completion> all = service.complete(new DocumentSnapshot("schema.graphql", 1, text), text.length());
        return labels(CompletionFilter.typedPrefix(all, text, text.length()));
    }

    @Test
    void prefixMatchesComeFirstThenContainsIgnoringCase() {
        List<Completion> items = List.of(item("Float"), item("Date"), item("Int"), item("BigInt"), item("ID"));
        assertThat(labels(CompletionFilter.matching(items, "in"))).containsExactly("Int", "BigInt");
        assertThat(labels(CompletionFilter.matching(items, "D"))).containsExactly("Date", "ID");
        assertThat(labels(CompletionFilter.matching(items, ""))).hasSize(5);
        assertThat(CompletionFilter.matching(items, "zz")).isEmpty();
    }

    @Test
    void theWordBeforeTheCaretNarrowsTheServicesCandidates() {
        assertThat(typed("type Shelf @")).contains("table", "export", "sealed");
        assertThat(typed("type Shelf @ex")).first().isEqualTo("export");
        assertThat(typed("type Shelf @ex"))
                .allMatch(l -> l.toLowerCase().contains("ex"))
                .doesNotContain("table");
        assertThat(typed("type Shelf @TAB")).containsExactly("table");
        assertThat(typed("type Shelf { n: flo")).containsExactly("Float");
    }

    @Test
    void aQuotedValueIsMatchedWithoutItsQuote() {
        String text = "type Author @table { id: ID @primaryKey\n  name: String\n  nick: String\n}\n"
                + "type Book @table { id: ID @primaryKey\n  authorId: ID\n  author: Author @relationship(from: \"auth";
        assertThat(typed(text)).containsExactly("authorId", "author").doesNotContain("id");
    }
}
