package dev.pilothouse.schema.config;

import static dev.pilothouse.schema.config.Fixtures.check;
import static dev.pilothouse.schema.config.Fixtures.withCode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.schema.diagnostic.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigAppFolderTest {

    @TempDir
    Path app;

    @BeforeEach
    void appWithTemplateFiles() throws IOException {
        Files.writeString(app.resolve("schema.graphql"), "type Dog @table @export { id: ID @primaryKey }\n");
        Files.writeString(app.resolve("resources.js"), "export class Greeting extends Resource {}\n");
        Files.createDirectories(app.resolve("web/css"));
        Files.writeString(app.resolve("web/index.html"), "<h1>hi</h1>\n");
        Files.writeString(app.resolve("web/css/site.css"), "h1 {}\n");
    }

    @Test
    void existingFilesAndGlobsPass() {
        String text = "graphqlSchema:\n  files: '*.graphql'\njsResource:\n  files: ./resources.js\n"
                + "static:\n  files: 'web/**'\n  notFound: web/index.html\n";

        assertThat(check(text, app)).isEmpty();
    }

    @Test
    void fileThatDoesNotExistIsAWarningAtTheValue() {
        List<Diagnostic> d = check("jsResource:\n  files: resource.js\n", app);

        assertThat(d).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("PH304");
            assertThat(e.severity()).isEqualTo(Severity.WARNING);
            assertThat(e.range().startLine()).isEqualTo(2);
            assertThat(e.range().startColumn()).isEqualTo(10);
            assertThat(e.message()).contains("resource.js").contains("line 2, column 10");
        });
    }

    @Test
    void globMatchingNothingIsReported() {
        assertThat(withCode(check("graphqlSchema:\n  files: 'schemas/*.graphql'\n", app), "PH304"))
                .hasSize(1);
    }

    @Test
    void doubleStarGlobMatchesTopLevelFilesToo() {
        assertThat(check("graphqlSchema:\n  files: '**/*.graphql'\n", app)).isEmpty();
    }

    @Test
    void eachListedFileIsChecked() {
        List<Diagnostic> d = check("jsResource:\n  files:\n    - resources.js\n    - lib/missing.js\n", app);

        assertThat(d)
                .singleElement()
                .satisfies(e -> assertThat(e.range().startLine()).isEqualTo(4));
    }

    @Test
    void dependencyFromPackageJsonIsAKnownKey() throws IOException {
        Files.writeString(
                app.resolve("package.json"),
                "{\n\t\"name\": \"app\",\n\t\"dependencies\": {\n\t\t\"@harperdb/nextjs\": \"^1.2.0\"\n\t}\n}\n");

        assertThat(check("'@harperdb/nextjs':\n  files: '/*'\n", app)).isEmpty();
    }

    @Test
    void undeclaredKeyIsAnErrorWhenPackageJsonIsKnown() throws IOException {
        Files.writeString(app.resolve("package.json"), "{\"dependencies\": {\"@harperdb/nextjs\": \"1.2.0\"}}");

        Diagnostic d = withCode(check("'@harperdb/nextj':\n  files: '/*'\n", app), "PH301")
                .getFirst();

        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.message()).contains("nor a dependency in package.json").contains("'@harperdb/nextjs'");
    }

    @Test
    void missingPackageJsonMakesUnknownKeyAnError() {
        Diagnostic d = withCode(check("graphqlschema:\n  files: '*.graphql'\n", app), "PH301")
                .getFirst();

        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.message()).contains("no package.json");
    }
}
