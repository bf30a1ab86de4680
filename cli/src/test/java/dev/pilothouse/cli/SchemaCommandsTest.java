package dev.pilothouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCommandsTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static final String GOOD = "type Product @table @export {\n  id: ID @primaryKey\n  name: String\n}\n";

    // ------------------------------------------------------------- check

    @Test
    void checkExitsZeroForAValidSchema() throws IOException {
        assertThat(run("schema", "check", file("schema.graphql", GOOD).toString()))
                .isZero();
    }

    @Test
    void checkExitsOneAndReportsJsonFieldsForAnError() throws IOException {
        Path schema = file("schema.graphql", "type Product @table {\n  id: ID @primaryKey\n  a: Strng\n}\n");

        int code = run("schema", "check", "--format", "json", schema.toString());

        assertThat(code).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.isArray()).isTrue();
        JsonNode first = json.get(0);
        assertThat(first.fieldNames())
                .toIterable()
                .containsExactly("file", "line", "column", "endLine", "endColumn", "severity", "code", "message");
        assertThat(first.get("file").asText()).isEqualTo(schema.toString());
        assertThat(first.get("line").asInt()).isEqualTo(3);
        assertThat(first.get("column").asInt()).isEqualTo(6);
        assertThat(first.get("severity").asText()).isEqualTo("error");
        assertThat(first.get("code").asText()).startsWith("PH2");
    }

    @Test
    void checkExitsTwoForAMissingFile() {
        assertThat(run("schema", "check", dir.resolve("absent.graphql").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("absent.graphql").contains("no such file");
    }

    // ------------------------------------------------------------- diff

    @Test
    void diffPrintsClassifiedChangesAsJsonAndExitsZero() throws IOException {
        Path before = file("old.graphql", GOOD);
        Path after = file("new.graphql", "type Product @table {\n  id: ID @primaryKey\n  name: Int\n}\n");

        int code = run("schema", "diff", "--format", "json", before.toString(), after.toString());

        assertThat(code).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json).hasSize(2);
        JsonNode first = json.get(0);
        assertThat(first.fieldNames())
                .toIterable()
                .containsExactly("change", "table", "attribute", "classification", "code", "message");
        assertThat(first.get("change").asText()).isEqualTo("export_removed");
        assertThat(first.get("attribute").isNull()).isTrue();
        assertThat(first.get("classification").asText()).isEqualTo("breaking");
        assertThat(json.get(1).get("attribute").asText()).isEqualTo("name");
        assertThat(json.get(1).get("code").asText()).isEqualTo("D212");
    }

    @Test
    void diffPrintsOneLinePerChangeAsText() throws IOException {
        Path before = file("old.graphql", GOOD);
        Path after = file("new.graphql", GOOD.replace("name: String", "name: String\n  sku: String @indexed"));

        assertThat(run("schema", "diff", before.toString(), after.toString())).isZero();
        assertThat(out.toString().lines())
                .containsExactly(
                        "safe D200 Product.sku: Attribute sku: String is added; existing records read it as null",
                        "safe D300 Product.sku: Attribute sku is indexed");
    }

    @Test
    void diffPrintsAnEmptyArrayForEqualSchemas() throws IOException {
        Path a = file("a.graphql", GOOD);

        assertThat(run("schema", "diff", "--format", "json", a.toString(), a.toString()))
                .isZero();
        assertThat(new ObjectMapper().readTree(out.toString())).isEmpty();
    }

    @Test
    void diffExitsTwoNamingFileAndLineWhenASchemaHasASyntaxError() throws IOException {
        Path before = file("old.graphql", GOOD);
        Path after = file("new.graphql", "type Product @table {\n  id: ID @primaryKey\n  name:\n}\n");

        assertThat(run("schema", "diff", before.toString(), after.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(after + ":3:3:");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void diffExitsTwoForAnUnreadableFile() throws IOException {
        assertThat(run("schema", "diff", file("a.graphql", GOOD).toString(), dir.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("is a directory");
    }

    // ------------------------------------------------------------- fmt

    @Test
    void fmtRewritesFilesInPlace() throws IOException {
        Path schema = file("schema.graphql", "type A @table{id:ID @primaryKey # key\n}");

        assertThat(run("schema", "fmt", schema.toString())).isZero();
        assertThat(Files.readString(schema)).isEqualTo("type A @table {\n  id: ID @primaryKey # key\n}\n");
        assertThat(dir.toFile().list()).containsExactly("schema.graphql");
    }

    @Test
    void fmtCheckListsUnformattedFilesExitsOneAndNeverWrites() throws IOException {
        String messy = "type A @table{id:ID @primaryKey}";
        Path bad = file("bad.graphql", messy);
        Path good = file("good.graphql", GOOD);

        assertThat(run("schema", "fmt", "--check", bad.toString(), good.toString()))
                .isEqualTo(1);
        assertThat(out.toString().lines()).containsExactly(bad.toString());
        assertThat(Files.readString(bad)).isEqualTo(messy);
    }

    @Test
    void fmtCheckExitsZeroWhenEverythingIsFormatted() throws IOException {
        assertThat(run("schema", "fmt", "--check", file("good.graphql", GOOD).toString()))
                .isZero();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void fmtExitsTwoOnASyntaxErrorNamingFileLineAndColumnAndWritesNothing() throws IOException {
        String broken = "type A {\n  a: \n}";
        Path schema = file("broken.graphql", broken);
        Path other = file("other.graphql", "type B{b:Int}");

        assertThat(run("schema", "fmt", other.toString(), schema.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(schema + ":2:3");
        assertThat(Files.readString(schema)).isEqualTo(broken);
        assertThat(Files.readString(other)).isEqualTo("type B{b:Int}");
    }

    @Test
    void fmtExitsTwoForAMissingFile() {
        assertThat(run("schema", "fmt", dir.resolve("nope.graphql").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("nope.graphql");
    }
}
