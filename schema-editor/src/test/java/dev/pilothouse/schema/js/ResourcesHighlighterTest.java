package dev.pilothouse.schema.js;

import static dev.pilothouse.schema.js.JsFixtures.js;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.schema.highlight.TokenSpans;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourcesHighlighterTest {

    private final ResourcesHighlighter highlighter = new ResourcesHighlighter();

    private List<String> render(String text, int start, int end) {
        return highlighter.highlight(js(text), start, end).spans().stream()
                .map(s -> text.substring(s.start(), s.end()) + ":" + s.kind().cssClass())
                .toList();
    }

    private List<String> render(String text) {
        return render(text, 0, text.length());
    }

    @Test
    void templateLiteralPiecesAreTemplatesAndSubstitutionsAreCode() {
        assertThat(render("`id ${target.id}!`"))
                .containsExactly(
                        "`id ${:template", "target:identifier", ".:punctuation", "id:property", "}!`:template");
    }

    @Test
    void regexAndDivisionAreTold() {
        assertThat(render("const r = /<[^>]*>/g, h = w / 2;")).contains("/<[^>]*>/g:regex", "/:operator");
    }

    @Test
    void commentsAreHighlighted() {
        assertThat(render("// note\nlet x; /* block */"))
                .contains("// note:comment", "/* block */:comment", "let:keyword");
    }

    @Test
    void resourceMethodNamedGetIsNotAKeyword() {
        assertThat(render("class A extends Resource { static get(t) {} get size() {} }"))
                .contains("A:type-name", "Resource:type-name", "static:keyword", "get:identifier", "get:keyword");
    }

    @Test
    void literalsHaveTheirKinds() {
        assertThat(render("x = [true, null, 10n, 'a']"))
                .contains("true:boolean", "null:null", "10n:number", "'a':string");
    }

    @Test
    void rangeStartingInsideABlockCommentIsStillComment() {
        String text = "/* first\n second */ x";
        assertThat(render(text, 10, 18)).containsExactly("second *:comment");
    }

    @Test
    void spansAreTaggedWithTheSnapshotVersion() {
        TokenSpans spans = highlighter.highlight(js("a"), 0, 1);
        assertThat(spans.version()).isEqualTo(3);
    }
}
