package dev.pilothouse.schema.js;

import static dev.pilothouse.schema.js.JsFixtures.check;
import static dev.pilothouse.schema.js.JsFixtures.errors;
import static dev.pilothouse.schema.js.JsFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.schema.diagnostic.Severity;
import dev.pilothouse.schema.diagnostic.TextEdit;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourcesCheckerTest {

    @Test
    void unterminatedTemplateIsReportedAtItsBacktick() {
        List<Diagnostic> d = errors(resource("invalid/unterminated-template.js"));

        assertThat(d).filteredOn(e -> e.code().equals("PH400")).singleElement().satisfies(e -> {
            assertThat(e.range().startLine()).isEqualTo(4);
            assertThat(e.range().startColumn()).isEqualTo(10);
            assertThat(e.message()).contains("template literal").contains("line 4, column 10");
        });
    }

    @Test
    void unterminatedStringStopsAtTheLineEnd() {
        List<Diagnostic> d = errors(resource("invalid/unterminated-string.js"));

        assertThat(d).extracting(Diagnostic::code).containsExactly("PH400");
        assertThat(d.getFirst().range().startLine()).isEqualTo(4);
    }

    @Test
    void unterminatedCommentIsReported() {
        assertThat(errors(resource("invalid/unterminated-comment.js")))
                .singleElement()
                .satisfies(
                        e -> assertThat(e.message()).contains("block comment").contains("line 1, column 1"));
    }

    @Test
    void mismatchedBracketNamesOpenerAndWhereItBroke() {
        List<Diagnostic> d = errors(resource("invalid/mismatched.js"));

        assertThat(d).extracting(Diagnostic::code).containsOnly("PH401");
        assertThat(d.getFirst().message())
                .isEqualTo("'(' opened at line 4, column 21 is closed by ']' at line 4, column 31");
    }

    @Test
    void unclosedClassBodyIsReportedAtItsBrace() {
        List<Diagnostic> d = errors(resource("invalid/unclosed-class.js"));

        assertThat(d).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("PH401");
            assertThat(e.range().startLine()).isEqualTo(1);
            assertThat(e.range().startColumn()).isEqualTo(45);
            assertThat(e.message()).contains("never closed").contains("file ends at line 6");
        });
    }

    @Test
    void strayClosingBracketIsReported() {
        assertThat(errors("const a = 1;\n}\n"))
                .singleElement()
                .satisfies(e ->
                        assertThat(e.message()).contains("'}' at line 2, column 1 has no matching opening bracket"));
    }

    @Test
    void objectLiteralStyleMemberIsUnexpected() {
        List<Diagnostic> d = errors(resource("invalid/object-style.js"));

        assertThat(d).extracting(Diagnostic::code).containsExactly("PH402");
        assertThat(d.getFirst().message()).contains("unexpected ':'").contains("line 3, column 5");
    }

    @Test
    void commaBetweenMethodsAndMissingParameterCommaAreUnexpected() {
        List<Diagnostic> d = errors(resource("invalid/comma-members.js"));

        assertThat(d).extracting(Diagnostic::code).containsExactly("PH402", "PH402");
        assertThat(d.get(0).message()).contains("unexpected ','").contains("line 5, column 3");
        assertThat(d.get(1).message())
                .contains("expected ',' between the parameters")
                .contains("line 6, column 13");
    }

    @Test
    void functionKeywordInClassBodyIsUnexpected() {
        assertThat(errors("class A {\n  function get(t) {}\n}\n"))
                .singleElement()
                .satisfies(e -> assertThat(e.message()).contains("'function' is not allowed in a class body"));
    }

    @Test
    void methodWithoutBodyIsUnexpected() {
        assertThat(errors("class A {\n  get(t) return 1;\n}\n"))
                .singleElement()
                .satisfies(e -> assertThat(e.message()).contains("expected '{' after the parameters of method 'get'"));
    }

    @Test
    void legacyInstanceApiWarnsWithQuickFix() {
        String text = resource("invalid/legacy-api.js");
        List<Diagnostic> d = check(text);

        assertThat(d).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("PH410");
            assertThat(e.severity()).isEqualTo(Severity.WARNING);
            assertThat(TextEdit.apply(text, e.fixes().getFirst().edits()))
                    .startsWith("export class Product extends tables.Product {\n\tstatic loadAsInstance = false;\n");
        });
        assertThat(check(TextEdit.apply(text, d.getFirst().fixes().getFirst().edits())))
                .isEmpty();
    }

    @Test
    void duplicateMethodIsAWarning() {
        assertThat(check("class A {\n get(t) {}\n get(t) {}\n}\n"))
                .singleElement()
                .satisfies(e -> assertThat(e.code()).isEqualTo("PH403"));
    }

    @Test
    void duplicateExportIsAnError() {
        assertThat(errors("export class A {}\nexport function A() {}\n"))
                .singleElement()
                .satisfies(e -> assertThat(e.code()).isEqualTo("PH411"));
    }

    @Test
    void missingDeclarationAfterExportIsUnexpected() {
        assertThat(errors("export clas Foo {}\n")).extracting(Diagnostic::code).contains("PH402");
    }
}
