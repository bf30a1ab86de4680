package dev.pilothouse.cli.visualize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VisualizeCommandsTest {

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

    private static final String V1 = """
            type Author @table @export { id: ID @primaryKey  name: String  books: [Book] @relationship(to: "authorId") }
            type Book @table { id: ID @primaryKey  authorId: ID @indexed  title: String }
            """;
    private static final String V2 = """
            type Author @table @export { id: ID @primaryKey  books: [Book] @relationship(to: "authorId") }
            type Book @table { id: ID @primaryKey  authorId: ID @indexed  title: String  isbn: String }
            """;

    @Test
    void schemaWritesAnSvgWithATableBoxPerTable() throws IOException {
        Path svg = dir.resolve("out/schema.svg");

        int code = run("visualize", "schema", file("schema.graphql", V1).toString(), "--svg", svg.toString());

        assertThat(code).isZero();
        String text = Files.readString(svg);
        assertThat(text)
                .startsWith("<svg")
                .contains("data-id=\"table:Author\"", "data-id=\"table:Book\"", "data-id=\"rel:Author.books\"");
        assertThat(out.toString()).contains("2 nodes, 1 edges");
    }

    @Test
    void diffMarksTheRemovedAttributeBreakingAndTheAddedOneSafe() throws IOException {
        Path svg = dir.resolve("diff.svg");

        int code = run(
                "visualize",
                "diff",
                file("v1.graphql", V1).toString(),
                file("v2.graphql", V2).toString(),
                "--svg",
                svg.toString());

        assertThat(code).isZero();
        String text = Files.readString(svg);
        assertThat(text)
                .contains(
                        "class=\"row attribute removed breaking\" data-row=\"name\"",
                        "class=\"row attribute added safe\" data-row=\"isbn\"");
        assertThat(out.toString()).contains("1 breaking");
    }

    @Test
    void schemaExitsTwoForASyntaxError() throws IOException {
        int code = run(
                "visualize",
                "schema",
                file("bad.graphql", "type {").toString(),
                "--svg",
                dir.resolve("x.svg").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("bad.graphql:1:");
        assertThat(dir.resolve("x.svg")).doesNotExist();
    }

    @Test
    void clusterExitsTwoWhenThereIsNoRuntimeFolder() {
        int code = run(
                "visualize",
                "cluster",
                "--workspace",
                dir.resolve("ws").toString(),
                "--runtime",
                dir.resolve("none").toString(),
                "--svg",
                dir.resolve("c.svg").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("No local runtime in").contains("pass --url");
    }

    @Test
    void clusterWithUrlNeedsCredentials() {
        int code = run(
                "visualize",
                "cluster",
                "--url",
                "http://127.0.0.1:1",
                "--svg",
                dir.resolve("c.svg").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--url needs --user with --password-file, or --token-file");
    }
}
