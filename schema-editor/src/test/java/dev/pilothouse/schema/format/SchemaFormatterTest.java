package dev.pilothouse.schema.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.schema.diagnostic.TextEdit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaFormatterTest {

    static Stream<String> goldenCases() {
        return Stream.of("iot", "comments", "descriptions", "directives", "crlf", "bom");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SchemaFormatterTest.class.getResourceAsStream("/format/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @MethodSource("goldenCases")
    void formatsEachSampleExactlyLikeItsGoldenFile(String name) throws IOException {
        FormatResult result = SchemaFormatter.formatResult(resource(name + ".graphql"));

        assertThat(result.refused()).as(result.reason()).isFalse();
        assertThat(result.text()).isEqualTo(resource(name + ".expected.graphql"));
    }

    @ParameterizedTest
    @MethodSource("goldenCases")
    void goldenOutputsAreFixedPoints(String name) throws IOException {
        String expected = resource(name + ".expected.graphql");

        FormatResult again = SchemaFormatter.formatResult(expected);

        assertThat(again.changed()).isFalse();
        assertThat(again.refused()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "type A @table{id:ID @primaryKey,b:[[Int!]!]!}",
                "type A{a:Int#c\nb:Int}",
                "#only a comment",
                "",
                "type A @table(database:\"x\"#why\n,table:\"t\"){id:ID}",
                "type A @table\n# between header and body\n{ id: ID }",
                "type A {\n  f(a: Int # first\n    b: Int): Int\n}",
                "\"\"\"\n\tTabbed\n\t  more\n\"\"\"\ntype A { \"\"\"x\n  y\"\"\" a: Int }",
                "query Q($id: ID = 1) { product(id: $id) { name ... on P { sku } } }",
                "type A { a: Int }\n\n\n\n# far below\n\n\n\ntype B { b: Int }",
                "type A {\n\n  a: Int\n\n}",
                "enum E { A, B, C }\nunion U = A|B\ninput I { a: Int = 1, b: [Int] = [1,2] }",
            })
    void formattingIsIdempotent(String source) {
        String once = SchemaFormatter.format(source);
        String twice = SchemaFormatter.format(once);

        assertThat(SchemaFormatter.formatResult(source).refused()).isFalse();
        assertThat(twice).isEqualTo(once);
    }

    @Test
    void putsOneMemberPerLineWithTwoSpaceIndentAndNormalisedSpacing() {
        assertThat(SchemaFormatter.format("type   User   @table   @export{id : ID!   @primaryKey,name:String}"))
                .isEqualTo("type User @table @export {\n  id: ID! @primaryKey\n  name: String\n}\n");
    }

    @Test
    void separatesTopLevelDefinitionsByExactlyOneBlankLine() {
        assertThat(SchemaFormatter.format("type A { a: Int }\n\n\n\ntype B { b: Int }\ntype C { c: Int }"))
                .isEqualTo("type A {\n  a: Int\n}\n\ntype B {\n  b: Int\n}\n\ntype C {\n  c: Int\n}\n");
    }

    @Test
    void keepsAtMostOneBlankLineBetweenMembersAndNoneAtBodyEdges() {
        assertThat(SchemaFormatter.format("type A {\n\n\n  a: Int\n\n\n\n  b: Int\n  c: Int\n\n}"))
                .isEqualTo("type A {\n  a: Int\n\n  b: Int\n  c: Int\n}\n");
    }

    @Test
    void keepsEndOfLineCommentsOnTheirLineAndOwnLineCommentsOnTheirOwn() {
        String out = SchemaFormatter.format("type A { # head\n# own\na: Int # tail\n}");

        assertThat(out).isEqualTo("type A { # head\n  # own\n  a: Int # tail\n}\n");
    }

    @Test
    void keepsACommentInsideArgumentsAndStillSeparatesItems() {
        String out = SchemaFormatter.format("type A @table(database: \"x\" # why\n table: \"t\") { id: ID }");

        assertThat(out).contains("@table(database: \"x\", # why\n").contains("table: \"t\") {");
    }

    @Test
    void attachesAnOwnLineCommentToTheFollowingDefinitionUnlessABlankLineSeparatesThem() {
        String attached = SchemaFormatter.format("type A { a: Int }\n# about B\ntype B { b: Int }");
        String detached = SchemaFormatter.format("type A { a: Int }\n# loose\n\ntype B { b: Int }");

        assertThat(attached).contains("}\n\n# about B\ntype B");
        assertThat(detached).contains("}\n\n# loose\n\ntype B");
    }

    @Test
    void reindentsBlockStringDescriptionsToTheMember() {
        String out = SchemaFormatter.format(
                "type A {\n        \"\"\"\n        Line one\n          line two\n" + "        \"\"\"\n  a: Int\n}");

        assertThat(out).isEqualTo("type A {\n  \"\"\"\n  Line one\n    line two\n  \"\"\"\n  a: Int\n}\n");
    }

    @Test
    void preservesCrlfLineEndingsEverywhere() {
        String out = SchemaFormatter.format("type A {\r\n a: Int # c\r\n}\r\ntype B { b: Int }\r\n");

        assertThat(out).isEqualTo("type A {\r\n  a: Int # c\r\n}\r\n\r\ntype B {\r\n  b: Int\r\n}\r\n");
        assertThat(out.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void keepsAByteOrderMarkAtTheStart() {
        assertThat(SchemaFormatter.format("\uFEFFtype A { a: Int }")).startsWith("\uFEFFtype A {\n");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "type A { a: }",
                "type A { a: Int",
                "type A { a: Int } }",
                "type A { \"\"\"open",
                "type A { a: Int ~ }",
                "type A { a: \"unterminated }"
            })
    void refusesFilesWithSyntaxErrorsAndReturnsThemUnchanged(String broken) {
        FormatResult result = SchemaFormatter.formatResult(broken);

        assertThat(result.refused()).isTrue();
        assertThat(result.text()).isEqualTo(broken);
        assertThat(result.reason()).startsWith("syntax error at 1:");
        assertThat(result.blocker()).isNotNull();
        assertThat(result.edits()).isEmpty();
        assertThat(SchemaFormatter.format(broken)).isEqualTo(broken);
    }

    @Test
    void editsTurnTheOriginalIntoTheFormattedText() {
        String source = "# keep\ntype A {a:Int}\n";
        FormatResult result = SchemaFormatter.formatResult(source);

        List<TextEdit> edits = result.edits();

        assertThat(edits).hasSize(1);
        assertThat(edits.get(0).start()).isGreaterThan(0);
        assertThat(TextEdit.apply(source, edits)).isEqualTo(result.text());
    }

    @Test
    void reportsNoEditsForAFormattedFile() {
        FormatResult result = SchemaFormatter.formatResult("type A {\n  a: Int\n}\n");

        assertThat(result.changed()).isFalse();
        assertThat(result.edits()).isEmpty();
    }
}
