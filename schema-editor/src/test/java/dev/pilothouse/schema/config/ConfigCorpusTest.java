package dev.pilothouse.schema.config;

import static dev.pilothouse.schema.config.Fixtures.check;
import static dev.pilothouse.schema.config.Fixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigCorpusTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "01-template.yaml",
                "02-rest-options.yaml",
                "03-spa.yaml",
                "04-env-first.yaml",
                "05-fastify.yaml",
                "06-seed-data.yaml",
                "07-files-object.yaml",
                "08-flow-style.yaml"
            })
    void realisticConfigHasNoDiagnostics(String name) {
        assertThat(check(resource("valid/" + name))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "bad-indent.yaml",
                "typo-plugin.yaml",
                "wrong-types.yaml",
                "missing-files.yaml",
                "url-parent.yaml",
                "duplicate.yaml",
                "unknown-option.yaml"
            })
    void brokenConfigIsReportedWithPosition(String name) {
        assertThat(check(resource("invalid/" + name))).isNotEmpty().allSatisfy(d -> {
            assertThat(d.range().startLine()).isPositive();
            assertThat(d.message()).containsPattern("line \\d+, column \\d+");
        });
    }
}
