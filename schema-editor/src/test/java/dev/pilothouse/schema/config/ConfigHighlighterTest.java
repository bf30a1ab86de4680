package dev.pilothouse.schema.config;

import static dev.pilothouse.schema.config.Fixtures.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.schema.highlight.TokenKind;
import dev.pilothouse.schema.highlight.TokenSpans;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigHighlighterTest {

    private final ConfigHighlighter highlighter = new ConfigHighlighter();

    private List<String> render(String text) {
        return render(text, 0, text.length());
    }

    private List<String> render(String text, int start, int end) {
        TokenSpans spans = highlighter.highlight(config(text), start, end);
        return spans.spans().stream()
                .map(s -> text.substring(s.start(), s.end()) + ":" + s.kind().cssClass())
                .toList();
    }

    @Test
    void keysAreProperties() {
        assertThat(render("graphqlSchema:\n  files: schema.graphql\n"))
                .containsExactly(
                        "graphqlSchema:property",
                        "::punctuation",
                        "files:property",
                        "::punctuation",
                        "schema.graphql:string");
    }

    @Test
    void scalarsAreClassifiedByValue() {
        assertThat(render("a: true\nb: 12\nc: ~\nd: 'x # y'\n"))
                .contains("true:boolean", "12:number", "~:null", "'x # y':string");
    }

    @Test
    void commentsAfterValuesAreComments() {
        assertThat(render("rest: true # REST for exports\n")).endsWith("# REST for exports:comment");
    }

    @Test
    void flowMappingsSplitIntoKeysAndValues() {
        assertThat(render("static: { files: \"web/**\", index: true }\n"))
                .contains(
                        "files:property",
                        "\"web/**\":string",
                        "index:property",
                        "true:boolean",
                        "{:punctuation",
                        "}:punctuation");
    }

    @Test
    void blockScalarLinesAreStrings() {
        String text = "note: |\n  rest: true\n  # not a comment\nrest: true\n";

        assertThat(render(text)).contains("rest: true:string", "# not a comment:string", "rest:property");
    }

    @Test
    void rangeInsideBlockScalarStillKnowsItIsAString() {
        String text = "note: |\n  first\n  second: 2\n";
        int start = text.indexOf("second");

        assertThat(render(text, start, text.length())).containsExactly("second: 2:string");
    }

    @Test
    void spansCarryTheSnapshotVersionAndStayInRange() {
        String text = "rest: true\nstatic:\n  files: web/*\n";
        TokenSpans spans = highlighter.highlight(config(text), 11, 20);

        assertThat(spans.version()).isEqualTo(7);
        assertThat(spans.spans())
                .allSatisfy(s -> assertThat(s.start()).isBetween(11, 20))
                .extracting(TokenSpans.Span::kind)
                .contains(TokenKind.PROPERTY);
    }

    @Test
    void brokenYamlIsStillHighlighted() {
        assertThat(render("rest: true\n jsResource:\n  files: resources.js\n"))
                .contains("jsResource:property", "resources.js:string");
    }
}
