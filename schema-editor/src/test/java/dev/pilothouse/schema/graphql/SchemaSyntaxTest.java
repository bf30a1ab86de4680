package dev.pilothouse.schema.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.schema.ast.FieldDefinition;
import dev.pilothouse.schema.ast.TypeDefinition;
import dev.pilothouse.schema.ast.TypeKind;
import dev.pilothouse.schema.ast.Value;
import dev.pilothouse.schema.diagnostic.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaSyntaxTest {

    private static List<String> codes(ParsedSchema parsed) {
        return parsed.diagnostics().stream().map(Diagnostic::code).toList();
    }

    private static TypeDefinition firstType(ParsedSchema parsed) {
        return parsed.document().types().findFirst().orElseThrow();
    }

    @Test
    void parsesHarperTableWithDirectivesAndArguments() {
        ParsedSchema parsed = SchemaSyntax.parse("""
                type Product @table(database: "shop", expiration: 3600) @export(name: "products") {
                  id: ID @primaryKey
                  tags: [String!]! @indexed
                }
                """);
        assertThat(parsed.diagnostics()).isEmpty();
        TypeDefinition type = firstType(parsed);
        assertThat(type.kind()).isEqualTo(TypeKind.OBJECT);
        assertThat(type.directive("table")
                        .orElseThrow()
                        .argument("expiration")
                        .orElseThrow()
                        .value())
                .isInstanceOf(Value.IntValue.class);
        assertThat(type.field("tags").orElseThrow().type().display()).isEqualTo("[String!]!");
    }

    @Test
    void keywordsAreUsableAsNames() {
        ParsedSchema parsed = SchemaSyntax.parse("type query { type: String input: Int enum: ID on: Boolean }");
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(firstType(parsed).fields())
                .extracting(f -> f.name().value())
                .containsExactly("type", "input", "enum", "on");
    }

    @Test
    void tenBrokenFieldsGiveTenDiagnostics() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            text.append("type T").append(i).append(" {\n  ok: Int\n  broken: \n}\n");
        }
        ParsedSchema parsed = SchemaSyntax.parse(text.toString());
        assertThat(parsed.diagnostics()).hasSize(10).allMatch(d -> d.code().equals("PH100"));
        assertThat(parsed.diagnostics())
                .extracting(d -> d.range().startLine())
                .containsExactly(3, 7, 11, 15, 19, 23, 27, 31, 35, 39);
        assertThat(parsed.document().types().count()).isEqualTo(10);
    }

    @Test
    void missingColonIsReportedOncePerField() {
        ParsedSchema parsed = SchemaSyntax.parse("type A {\n  id ID\n  name: String\n}");
        assertThat(parsed.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("PH100");
            assertThat(d.range().startLine()).isEqualTo(2);
            assertThat(d.message()).contains("'id'");
        });
    }

    @Test
    void unterminatedStringIsReportedAtItsLineAndParsingContinues() {
        ParsedSchema parsed = SchemaSyntax.parse("\"no end\ntype A { id: ID }\ntype B { x: Strin }\n");
        assertThat(codes(parsed)).containsExactly("PH101");
        assertThat(parsed.diagnostics().get(0).range().startLine()).isEqualTo(1);
        assertThat(parsed.document().types().count()).isEqualTo(2);
    }

    @Test
    void unterminatedBlockStringPointsAtItsOpening() {
        ParsedSchema parsed = SchemaSyntax.parse("type A { id: ID }\n\n\"\"\"\nnever closed\n");
        assertThat(codes(parsed)).containsExactly("PH102");
        assertThat(parsed.diagnostics().get(0).range().startLine()).isEqualTo(3);
        assertThat(parsed.diagnostics().get(0).range().startColumn()).isEqualTo(1);
    }

    @Test
    void blockStringEscapedTripleQuoteDoesNotEndIt() {
        ParsedSchema parsed = SchemaSyntax.parse("\"\"\"\n  say \\\"\"\" hi\n\"\"\"\ntype A { id: ID }");
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(firstType(parsed).description().text()).isEqualTo("say \"\"\" hi");
    }

    @Test
    void strayCharacterIsReportedWithItsCodePoint() {
        ParsedSchema parsed = SchemaSyntax.parse("type A { id: ID ; }");
        assertThat(parsed.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("PH103");
            assertThat(d.message()).contains("';'");
            assertThat(d.range().startColumn()).isEqualTo(17);
        });
    }

    @Test
    void invalidEscapeIsReported() {
        ParsedSchema parsed = SchemaSyntax.parse("type A @table(database: \"a\\qb\") { id: ID }");
        assertThat(codes(parsed)).containsExactly("PH104");
    }

    @Test
    void unknownDirectiveLocationIsASyntaxError() {
        ParsedSchema parsed = SchemaSyntax.parse("directive @audit on FIELD_DEFINITION | TABLE");
        assertThat(parsed.diagnostics())
                .singleElement()
                .satisfies(d -> assertThat(d.message()).contains("TABLE"));
    }

    @Test
    void emptyFieldListIsAnErrorAsInHarper() {
        assertThat(codes(SchemaSyntax.parse("type A {}"))).contains("PH100");
    }

    @Test
    void byteOrderMarkIsIgnored() {
        ParsedSchema parsed = SchemaSyntax.parse("\uFEFFtype A { id: ID }");
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(firstType(parsed).name().range().startColumn()).isEqualTo(7);
    }

    @Test
    void crlfLineEndingsGiveTheSameLinesAsLf() {
        ParsedSchema crlf = SchemaSyntax.parse("type A {\r\n  id: ID\r\n  x: \r\n}\r\n");
        ParsedSchema lf = SchemaSyntax.parse("type A {\n  id: ID\n  x: \n}\n");
        assertThat(crlf.diagnostics())
                .extracting(d -> d.range().startLine() + ":" + d.range().startColumn())
                .isEqualTo(lf.diagnostics().stream()
                        .map(d -> d.range().startLine() + ":" + d.range().startColumn())
                        .toList());
    }

    @Test
    void deepNestingIsRefusedWithoutStackOverflow() {
        ParsedSchema parsed =
                SchemaSyntax.parse("type A { x: " + "[".repeat(10_000) + "Int" + "]".repeat(10_000) + " }");
        assertThat(codes(parsed)).containsExactly("PH901");
    }

    @Test
    void tokenLimitStopsAnalysisWithADiagnostic() {
        ParsedSchema parsed = SchemaSyntax.parse("type A { a: Int b: Int c: Int }", new ParseLimits(5, 10, 10));
        assertThat(codes(parsed)).containsExactly("PH900");
    }

    @Test
    void binaryInputIsRecognised() {
        ParsedSchema parsed = SchemaSyntax.parse("PK\u0003\u0004\u0000\u0000garbage");
        assertThat(codes(parsed)).containsExactly("PH105");
    }

    @Test
    void garbageTextGivesBoundedDiagnostics() {
        StringBuilder junk = new StringBuilder();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 50_000; i++) {
            junk.append((char) (0x21 + random.nextInt(0x5d)));
        }
        ParsedSchema parsed = SchemaSyntax.parse(junk.toString());
        assertThat(parsed.hasSyntaxErrors()).isTrue();
        assertThat(parsed.diagnostics().size()).isLessThanOrEqualTo(2 * ParseLimits.DEFAULT.maxSyntaxErrors() + 2);
    }

    @Test
    void tenMegabyteSchemaStopsAtTheTokenLimitWithAPosition() {
        ParsedSchema parsed = SchemaSyntax.parse(repeatedTables(10_000_000));
        assertThat(parsed.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("PH900");
            assertThat(d.range().startLine()).isGreaterThan(1);
        });
    }

    @Test
    void threeMegabyteSchemaParsesCompletely() {
        String text = repeatedTables(3_000_000);
        ParsedSchema parsed = SchemaSyntax.parse(text);
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.document().definitions()).hasSize((int) text.lines().count());
    }

    private static String repeatedTables(int size) {
        StringBuilder big = new StringBuilder(size + 100);
        for (int types = 0; big.length() < size; types++) {
            big.append("type T").append(types).append(" @table { id: ID @primaryKey name: String @indexed }\n");
        }
        return big.toString();
    }

    @Test
    void descriptionsAreDecoded() {
        ParsedSchema parsed = SchemaSyntax.parse("""
                \"\"\"
                  A product.
                    Indented line.
                \"\"\"
                type P { "the \\u0041 key" id: ID }
                """);
        TypeDefinition type = firstType(parsed);
        assertThat(type.description().text()).isEqualTo("A product.\n  Indented line.");
        FieldDefinition id = type.field("id").orElseThrow();
        assertThat(id.description().text()).isEqualTo("the A key");
    }

    @Test
    void executableDefinitionsParse() {
        ParsedSchema parsed = SchemaSyntax.parse(
                "query Q($id: ID!) { product(id: $id) { ...F ... on P { x } } }" + "\nfragment F on P { name }");
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.document().definitions()).hasSize(2);
    }
}
