package dev.pilothouse.schema.js;

import static dev.pilothouse.schema.js.JsFixtures.check;
import static dev.pilothouse.schema.js.JsFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResourcesCorpusTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "01-greeting.js",
                "02-product-table.js",
                "03-database-table.js",
                "04-cache-source.js",
                "05-realtime.js",
                "06-counters.js",
                "07-private-and-static.js",
                "08-export-list.js"
            })
    void realisticResourcesHaveNoDiagnostics(String name) {
        assertThat(check(resource("valid/" + name))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "unterminated-template.js",
                "mismatched.js",
                "unclosed-class.js",
                "object-style.js",
                "comma-members.js",
                "unterminated-comment.js",
                "unterminated-string.js"
            })
    void brokenResourcesHaveAnErrorWithLineAndColumn(String name) {
        assertThat(JsFixtures.errors(resource("invalid/" + name)))
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.message()).containsPattern("line \\d+, column \\d+"));
    }
}
