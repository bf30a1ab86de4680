package dev.pilothouse.web.editor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pilothouse.schema.Analysis;
import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.LanguageService;
import dev.pilothouse.schema.complete.Completion;
import dev.pilothouse.schema.complete.CompletionService;
import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.schema.highlight.TokenSpans;
import dev.pilothouse.schema.navigate.HoverService;
import dev.pilothouse.workspace.Json;
import java.util.List;

/**
 * The editor's server half without any Vaadin type: turns language-service results into the JSON the
 * CodeMirror element reads. Kept separate so it is tested as plain Java.
 */
public final class EditorBackend {

    private static final ObjectMapper JSON = Json.COMPACT;

    private final LanguageService languageService;
    private final CompletionService completions;
    private final HoverService hovers;

    public EditorBackend(LanguageService languageService) {
        this.languageService = languageService;
        this.completions = new CompletionService(languageService);
        this.hovers = new HoverService(languageService);
    }

    /** Everything the element paints for one version of the text. */
    public record Result(long version, Analysis analysis, String tokensJson, String diagnosticsJson) {}

    public Result analyse(String uri, long version, String text) {
        DocumentSnapshot snapshot = new DocumentSnapshot(uri, version, text);
        Analysis analysis = languageService.analyze(snapshot);
        TokenSpans spans = languageService.highlight(snapshot, 0, text.length());
        return new Result(version, analysis, tokensJson(spans), diagnosticsJson(analysis.diagnostics()));
    }

    static String tokensJson(TokenSpans spans) {
        ArrayNode out = JSON.createArrayNode();
        for (TokenSpans.Span span : spans.spans()) {
            out.addArray().add(span.start()).add(span.end()).add(span.kind().cssClass());
        }
        return out.toString();
    }

    static String diagnosticsJson(List<Diagnostic> diagnostics) {
        ArrayNode out = JSON.createArrayNode();
        for (Diagnostic d : diagnostics) {
            out.addObject()
                    .put("from", d.range().start())
                    .put("to", d.range().end())
                    .put("severity", d.severity().label())
                    .put("code", d.code())
                    .put("message", d.code() + ": " + d.message());
        }
        return out.toString();
    }

    /** Completion items at {@code offset}, with the replaced range, as {@code {from,to,items:[...]}}. */
    public String complete(String uri, long version, String text, int offset) {
        List<Completion> items = completions.complete(new DocumentSnapshot(uri, version, text), offset);
        ObjectNode out = JSON.createObjectNode();
        int from = items.isEmpty() ? offset : items.get(0).replaceStart();
        int to = items.isEmpty() ? offset : items.get(0).replaceEnd();
        out.put("from", from).put("to", to);
        ArrayNode array = out.putArray("items");
        for (Completion c : items) {
            array.addObject()
                    .put("label", c.label())
                    .put("type", cmType(c.kind()))
                    .put("apply", c.insertText())
                    .put("detail", c.detail())
                    .put("info", c.documentation());
        }
        return out.toString();
    }

    /** Hover text at {@code offset} as {@code {text,from,to}}; empty text when there is nothing to say. */
    public String hover(String uri, long version, String text, int offset) {
        ObjectNode out = JSON.createObjectNode();
        hovers.hover(new DocumentSnapshot(uri, version, text), offset)
                .ifPresentOrElse(
                        h -> out.put("text", h.markdown())
                                .put("from", h.range().start())
                                .put("to", h.range().end()),
                        () -> out.put("text", ""));
        return out.toString();
    }

    // CodeMirror's completion icons know these type names
    private static String cmType(Completion.Kind kind) {
        return switch (kind) {
            case TYPE -> "type";
            case DIRECTIVE -> "function";
            case ARGUMENT -> "variable";
            case FIELD -> "property";
            case KEYWORD -> "keyword";
            case VALUE -> "constant";
        };
    }
}
