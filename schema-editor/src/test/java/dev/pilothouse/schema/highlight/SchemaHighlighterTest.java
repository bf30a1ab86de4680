package dev.pilothouse.schema.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.highlight.TokenSpans.Span;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SchemaHighlighterTest {

    private static final String SHOP = """
            # Shop schema
            \"\"\"
            A product: "quoted" # not a comment
            \"\"\"
            type Product @table(database: "shop", expiration: 3600) @export(name: "products") {
              id: ID @primaryKey
              type: String # a field named type
              name: String! @indexed
              price: Float
              embedding: [Float] @indexed(type: "HNSW", distance: "cosine")
              brandId: ID @indexed
              brand: Brand @relationship(from: "brandId")
              active: Boolean @allow(role: "admin")
            }
            type Brand @table @export { id: ID @primaryKey, name: String
              products: [Product] @relationship(to: "brandId") }
            enum Color { RED GREEN }
            enum Size {
              SMALL
              LARGE
            }
            union Thing = Product | Brand
            interface Named { name: String }
            type Page implements Named & Thing { name: String, size: Size = SMALL, on: Boolean = true }
            directive @cached(ttl: Int = 60) repeatable on OBJECT | FIELD_DEFINITION
            scalar Json
            extend type Brand { logo: Bytes }
            """;

    private static final String BROKEN = """
            type Order @table {
              id: ID @primaryKey
              note: String @computed(from: "unterminated
              $ stray
              \"\"\"still open
            """;

    private final SchemaHighlighter highlighter = new SchemaHighlighter();

    private static DocumentSnapshot doc(String text) {
        return new DocumentSnapshot("schema.graphql", 7, text);
    }

    private List<Span> spans(String text) {
        return highlighter.highlightAll(doc(text)).spans();
    }

    private static TokenKind kindAt(List<Span> spans, String text, String needle, int nth) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = text.indexOf(needle, at + 1);
        }
        int offset = at;
        return spans.stream()
                .filter(s -> s.start() == offset)
                .map(Span::kind)
                .findFirst()
                .orElse(null);
    }

    @Test
    void keywordsUsedAsFieldNamesAreFieldNames() {
        List<Span> spans = spans(SHOP);
        assertThat(kindAt(spans, SHOP, "type", 0)).isEqualTo(TokenKind.KEYWORD);
        assertThat(kindAt(spans, SHOP, "type:", 0)).isEqualTo(TokenKind.FIELD_NAME);
        assertThat(kindAt(spans, SHOP, "on: Boolean", 0)).isEqualTo(TokenKind.FIELD_NAME);
        assertThat(kindAt(spans, SHOP, "type: \"HNSW\"", 0)).isEqualTo(TokenKind.ARGUMENT_NAME);
    }

    @Test
    void typeNamesAndBuiltinScalarsAreTellApart() {
        List<Span> spans = spans(SHOP);
        assertThat(kindAt(spans, SHOP, "Product @table", 0)).isEqualTo(TokenKind.TYPE_NAME);
        assertThat(kindAt(spans, SHOP, "ID @primaryKey", 0)).isEqualTo(TokenKind.BUILTIN_TYPE);
        assertThat(kindAt(spans, SHOP, "Brand @relationship", 0)).isEqualTo(TokenKind.TYPE_NAME);
        assertThat(kindAt(spans, SHOP, "Product]", 0)).isEqualTo(TokenKind.TYPE_NAME);
        assertThat(kindAt(spans, SHOP, "Brand\n", 0)).isEqualTo(TokenKind.TYPE_NAME);
        assertThat(kindAt(spans, SHOP, "Thing {", 0)).isEqualTo(TokenKind.TYPE_NAME);
        assertThat(kindAt(spans, SHOP, "implements", 0)).isEqualTo(TokenKind.KEYWORD);
    }

    @Test
    void directivesArgumentsAndValuesAreClassified() {
        List<Span> spans = spans(SHOP);
        assertThat(kindAt(spans, SHOP, "@table", 0)).isEqualTo(TokenKind.DIRECTIVE);
        assertThat(kindAt(spans, SHOP, "table(", 0)).isEqualTo(TokenKind.DIRECTIVE);
        assertThat(kindAt(spans, SHOP, "database:", 0)).isEqualTo(TokenKind.ARGUMENT_NAME);
        assertThat(kindAt(spans, SHOP, "\"shop\"", 0)).isEqualTo(TokenKind.STRING);
        assertThat(kindAt(spans, SHOP, "3600", 0)).isEqualTo(TokenKind.NUMBER);
        assertThat(kindAt(spans, SHOP, "SMALL, on", 0)).isEqualTo(TokenKind.ENUM_VALUE);
        assertThat(kindAt(spans, SHOP, "true }", 0)).isEqualTo(TokenKind.BOOLEAN);
        assertThat(kindAt(spans, SHOP, "RED", 0)).isEqualTo(TokenKind.ENUM_VALUE);
        assertThat(kindAt(spans, SHOP, "LARGE", 0)).isEqualTo(TokenKind.ENUM_VALUE);
        assertThat(kindAt(spans, SHOP, "repeatable", 0)).isEqualTo(TokenKind.KEYWORD);
        assertThat(kindAt(spans, SHOP, "OBJECT", 0)).isEqualTo(TokenKind.ENUM_VALUE);
    }

    @Test
    void blockStringSpansLinesAndHidesCommentsAndQuotesInside() {
        List<Span> spans = spans(SHOP);
        int start = SHOP.indexOf("\"\"\"");
        int end = SHOP.indexOf("\"\"\"", start + 3) + 3;
        assertThat(spans).contains(new Span(start, end - start, TokenKind.BLOCK_STRING));
        assertThat(spans).noneMatch(s -> s.start() > start && s.start() < end);
    }

    @Test
    void commentsAreComments() {
        List<Span> spans = spans(SHOP);
        assertThat(kindAt(spans, SHOP, "# Shop schema", 0)).isEqualTo(TokenKind.COMMENT);
        assertThat(kindAt(spans, SHOP, "# a field named type", 0)).isEqualTo(TokenKind.COMMENT);
    }

    @Test
    void unterminatedStringsAndStrayCharactersAreErrors() {
        List<Span> spans = spans(BROKEN);
        assertThat(kindAt(spans, BROKEN, "\"unterminated", 0)).isEqualTo(TokenKind.ERROR);
        assertThat(kindAt(spans, BROKEN, "\"\"\"still", 0)).isEqualTo(TokenKind.ERROR);
        Span open = spans.get(spans.size() - 1);
        assertThat(open.end()).isEqualTo(BROKEN.length());
    }

    @Test
    void resultCarriesTheSnapshotVersionAndTheWidenedRange() {
        TokenSpans spans = highlighter.highlight(new DocumentSnapshot("s.graphql", 42, SHOP), 50, 51);
        assertThat(spans.version()).isEqualTo(42);
        assertThat(spans.start()).isLessThanOrEqualTo(50);
        assertThat(spans.end()).isGreaterThanOrEqualTo(51);
        assertThat(new SchemaHighlighter()
                        .highlight(new DocumentSnapshot("s.graphql", 43, SHOP), 50, 51)
                        .version())
                .isEqualTo(43);
    }

    @Test
    void rangeInsideABlockStringRestartsAtItsStart() {
        int inside = SHOP.indexOf("A product");
        TokenSpans spans = highlighter.highlight(doc(SHOP), inside, inside + 1);
        assertThat(spans.start()).isEqualTo(SHOP.indexOf("\"\"\""));
        assertThat(spans.spans().get(0).kind()).isEqualTo(TokenKind.BLOCK_STRING);
    }

    @Test
    void anyRangeEqualsTheSameSliceOfTheWholeDocument() {
        Random random = new Random(2026);
        String crlf = SHOP.replace("\n", "\r\n");
        for (String text : List.of(SHOP, BROKEN, crlf, SHOP + BROKEN)) {
            List<Span> full = spans(text);
            for (int i = 0; i < 300; i++) {
                int a = random.nextInt(text.length() + 1);
                int b = Math.min(text.length(), a + random.nextInt(200));
                TokenSpans part = highlighter.highlight(doc(text), a, b);
                assertThat(part.start()).isLessThanOrEqualTo(a);
                assertThat(part.end()).isGreaterThanOrEqualTo(b);
                List<Span> slice = full.stream()
                        .filter(s -> s.start() >= part.start() && s.start() < part.end())
                        .toList();
                assertThat(part.spans()).as("range [%d,%d)", a, b).isEqualTo(slice);
            }
        }
    }

    @Test
    void capsStopHighlightingInsteadOfFreezing() {
        String huge = "type A { " + "a: Int ".repeat(1_000) + "}\n" + "b: Int\n".repeat(50);
        TokenSpans spans = new SchemaHighlighter(60, 10).highlightAll(doc(huge));
        assertThat(spans.size()).isEqualTo(60);
    }
}
