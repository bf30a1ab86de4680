package dev.pilothouse.schema.config;

import static dev.pilothouse.schema.config.Fixtures.check;
import static dev.pilothouse.schema.config.Fixtures.resource;
import static dev.pilothouse.schema.config.Fixtures.withCode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.schema.diagnostic.Severity;
import dev.pilothouse.schema.diagnostic.TextEdit;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigCheckerTest {

    @Test
    void syntaxErrorNamesParserLineAndColumn() {
        List<Diagnostic> d = check(resource("invalid/bad-indent.yaml"));

        assertThat(d).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("PH300");
            assertThat(e.severity()).isEqualTo(Severity.ERROR);
            assertThat(e.range().startLine()).isEqualTo(4);
            assertThat(e.message()).contains("line 4, column").contains("YAML syntax error");
        });
    }

    @Test
    void unknownTopLevelKeySuggestsNearestPluginName() {
        String text = resource("invalid/typo-plugin.yaml");
        List<Diagnostic> d = withCode(check(text), "PH301");

        assertThat(d).singleElement().satisfies(e -> {
            assertThat(e.message())
                    .contains("graphqlSchemas")
                    .contains("did you mean 'graphqlSchema'?")
                    .contains("line 2, column 1");
            assertThat(e.range().startLine()).isEqualTo(2);
            assertThat(e.fixes())
                    .singleElement()
                    .satisfies(f -> assertThat(TextEdit.apply(text, f.edits())).contains("\ngraphqlSchema:\n"));
        });
    }

    @Test
    void unknownKeyWithoutAppFolderIsOnlyAWarning() {
        assertThat(withCode(check("harper-nextjs:\n  files: '/*'\n"), "PH301"))
                .singleElement()
                .extracting(Diagnostic::severity)
                .isEqualTo(Severity.WARNING);
    }

    @Test
    void farFetchedUnknownKeyGetsNoSuggestion() {
        assertThat(withCode(check("zzqqxx: true\n"), "PH301"))
                .singleElement()
                .satisfies(e -> assertThat(e.fixes()).isEmpty());
    }

    @Test
    void stringWhereBooleanExpectedIsWrongType() {
        List<Diagnostic> d = withCode(check(resource("invalid/wrong-types.yaml")), "PH303");

        assertThat(d).extracting(e -> e.range().startLine()).containsExactly(1, 3, 8);
        assertThat(d.get(0).message())
                .contains("rest expects true, false or a mapping")
                .contains("the string \"yes\"")
                .contains("line 1, column 7");
        assertThat(d.get(1).message()).contains("graphqlSchema.files").contains("the number 3");
        assertThat(d.get(2).message()).contains("static.index").contains("boolean");
    }

    @Test
    void yamlOneOneYesIsAStringAsHarperReadsIt() {
        assertThat(withCode(check("rest: yes\n"), "PH303")).hasSize(1);
    }

    @Test
    void fileShorthandGetsWrongTypeWithMoveIntoFilesFix() {
        String text = "graphqlSchema: schema.graphql\n";
        Diagnostic d = withCode(check(text), "PH303").getFirst();

        assertThat(TextEdit.apply(text, d.fixes().getFirst().edits()))
                .isEqualTo("graphqlSchema: \n  files: schema.graphql\n");
    }

    @Test
    void missingFilesOptionIsReportedAtThePluginKey() {
        List<Diagnostic> d = withCode(check(resource("invalid/missing-files.yaml")), "PH305");

        assertThat(d).extracting(e -> e.range().startLine()).containsExactly(2, 4);
        assertThat(d.get(0).message()).contains("graphqlSchema").contains("'files'");
        assertThat(d.get(1).message()).contains("jsResource");
    }

    @Test
    void urlPathClimbingOutIsRejected() {
        List<Diagnostic> d = withCode(check(resource("invalid/url-parent.yaml")), "PH306");

        assertThat(d).singleElement().satisfies(e -> {
            assertThat(e.range().startLine()).isEqualTo(3);
            assertThat(e.range().startColumn()).isEqualTo(12);
            assertThat(e.message()).contains("'..'");
        });
    }

    @Test
    void dotDotInsideASegmentNameIsAllowed() {
        assertThat(check("static:\n  files: web/*\n  urlPath: my..app\n")).isEmpty();
    }

    @Test
    void duplicateKeyNamesBothPositions() {
        List<Diagnostic> d = withCode(check(resource("invalid/duplicate.yaml")), "PH307");

        assertThat(d).singleElement().satisfies(e -> {
            assertThat(e.range().startLine()).isEqualTo(4);
            assertThat(e.message()).contains("line 4, column 1").contains("first at line 1, column 1");
        });
    }

    @Test
    void unknownOptionSuggestsNearestOption() {
        String text = resource("invalid/unknown-option.yaml");
        Diagnostic d = withCode(check(text), "PH302").getFirst();

        assertThat(d.message()).contains("indexx").contains("did you mean 'index'?");
        assertThat(TextEdit.apply(text, d.fixes().getFirst().edits())).contains("  index: true");
    }

    @Test
    void unknownOptionWithoutNearMatchListsKnownOptions() {
        Diagnostic d = withCode(check("rest:\n  compression: gzip\n"), "PH302").getFirst();

        assertThat(d.message()).contains("known options: lastModified, webSocket");
    }

    @Test
    void filesObjectNeedsSourceAndKnownOnlyValue() {
        List<Diagnostic> d = check("jsResource:\n  files:\n    only: everything\n");

        assertThat(d).extracting(Diagnostic::code).containsExactlyInAnyOrder("PH303", "PH305");
    }

    @Test
    void nonMappingDocumentIsWrongType() {
        assertThat(check("- rest\n- graphqlSchema\n"))
                .singleElement()
                .satisfies(e -> assertThat(e.message()).contains("found a list"));
    }

    @Test
    void emptyOrCommentOnlyFileHasNoDiagnostics() {
        assertThat(check("")).isEmpty();
        assertThat(check("# nothing configured yet\n")).isEmpty();
    }

    @Test
    void rootSectionsTakeOptionsWeDoNotCheck() {
        assertThat(check("http:\n  port: 9926\n  cors: true\nlogging:\n  level: debug\n"))
                .isEmpty();
    }

    @Test
    void keyWithPackageOptionCountsAsDeclaredComponent() {
        assertThat(check("my-auth:\n  package: '@acme/harper-auth'\n  urlPath: ../x\n"))
                .extracting(Diagnostic::code)
                .containsExactly("PH306");
    }
}
