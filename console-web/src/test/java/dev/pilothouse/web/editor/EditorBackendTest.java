package dev.pilothouse.web.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pilothouse.schema.LanguageService;
import org.junit.jupiter.api.Test;

class EditorBackendTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final EditorBackend backend = new EditorBackend(new LanguageService());

    @Test
    void analysisCarriesTokensAndDiagnosticsForTheVersionAsked() throws Exception {
        String text = "type Product @table {\n  id: ID @primaryKey\n  name: Strin\n}\n";
        EditorBackend.Result result = backend.analyse("file:///ws/schema.graphql", 7, text);

        assertThat(result.version()).isEqualTo(7);
        JsonNode tokens = JSON.readTree(result.tokensJson());
        assertThat(tokens.get(0).get(0).asInt()).isZero();
        assertThat(tokens.get(0).get(2).asText()).isEqualTo("keyword");
        JsonNode diagnostics = JSON.readTree(result.diagnosticsJson());
        assertThat(diagnostics).isNotEmpty();
        JsonNode first = diagnostics.get(0);
        assertThat(text.substring(first.get("from").asInt(), first.get("to").asInt()))
                .isEqualTo("Strin");
        assertThat(first.get("severity").asText()).isEqualTo("error");
        assertThat(first.get("message").asText()).startsWith(first.get("code").asText() + ": ");
    }

    @Test
    void completionAfterAtOnAFieldOffersFieldDirectivesReplacingThePartialWord() throws Exception {
        String text = "type Shelf @table {\n  id: ID @pri";
        JsonNode reply = JSON.readTree(backend.complete("file:///ws/schema.graphql", 1, text, text.length()));

        assertThat(reply.get("from").asInt()).isEqualTo(text.length() - 3);
        assertThat(reply.get("items").findValuesAsText("label")).contains("primaryKey", "indexed");
        assertThat(reply.get("items").get(0).get("type").asText()).isEqualTo("function");
    }

    @Test
    void hoverOnADirectiveExplainsIt() throws Exception {
        String text = "type Shelf @table {\n  id: ID @primaryKey\n}\n";
        JsonNode reply =
                JSON.readTree(backend.hover("file:///ws/schema.graphql", 1, text, text.indexOf("primaryKey") + 2));

        assertThat(reply.get("text").asText()).isNotBlank();
        assertThat(reply.get("from").asInt()).isLessThanOrEqualTo(text.indexOf("primaryKey"));
    }

    @Test
    void configFilesGetDiagnosticsToo() throws Exception {
        EditorBackend.Result result = backend.analyse("file:///ws/config.yaml", 1, "rest: \"yes\"\n");
        assertThat(JSON.readTree(result.diagnosticsJson()).findValuesAsText("code"))
                .contains("PH303");
    }
}
