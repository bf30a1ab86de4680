package dev.pilothouse.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.schema.diagnostic.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class HiddenTextTest {

    private final LanguageService language = new LanguageService();

    private List<Diagnostic> hidden(String uri, String text) {
        return language.analyze(new DocumentSnapshot(uri, 1, text)).diagnostics().stream()
                .filter(d -> d.code().equals("PH902"))
                .toList();
    }

    @Test
    void aRightToLeftOverrideInResourcesJsIsReportedWhereItStands() {
        // reads as a comment ending the line, but the override reorders what follows it on screen
        String js = "export class A {\n  get() {\n    const admin = false; /* \u202e } if (admin) { \u2066*/\n  }\n}\n";

        List<Diagnostic> found = hidden("file:///app/resources.js", js);

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.range().startLine()).as("lines count from 1").isEqualTo(3);
            assertThat(d.range().start()).isEqualTo(js.indexOf('\u202e'));
            assertThat(d.message()).contains("U+202E", "RIGHT-TO-LEFT OVERRIDE");
        });
    }

    @Test
    void everyKindOfAppFileIsChecked() {
        assertThat(hidden("file:///app/schema.graphql", "type A @table {\n  id: ID @primaryKey # \u200b\n}\n"))
                .singleElement()
                .satisfies(d -> assertThat(d.message()).contains("ZERO WIDTH SPACE"));
        assertThat(hidden("file:///app/config.yaml", "rest: true # \u001b[2K\n"))
                .singleElement()
                .satisfies(d -> assertThat(d.message()).contains("ESCAPE"));
    }

    @Test
    void ordinaryTextIsNotReported() {
        assertThat(hidden(
                        "file:///app/resources.js",
                        "\ufeff// café, 漢字, emoji 👩‍👩‍👧, tab\there\r\n" + "export class A {}\n"))
                .isEmpty();
    }
}
