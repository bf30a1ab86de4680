package dev.pilothouse.schema.bench;

import dev.pilothouse.schema.Analysis;
import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.SchemaAnalyzer;
import dev.pilothouse.schema.highlight.SchemaHighlighter;
import dev.pilothouse.schema.highlight.TokenSpans;
import graphql.language.Document;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The schema language service on a generated 1,000-table schema (about 20,000 lines), against graphql-java's parser
 * on the same text. Run with the command in docs/benchmarks.md; {@code verify} only compiles it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LanguageServiceBench {

    private String text;
    private DocumentSnapshot snapshot;
    private ParserOptions graphqlOptions;
    private SchemaHighlighter highlighter;
    private int editLine;
    private int editAt;
    private long version;

    @Setup
    public void setUp() {
        text = SchemaGenerator.tables(1_000);
        snapshot = new DocumentSnapshot("bench.graphql", 1, text);
        // graphql-java's defaults reject big documents (15,000 tokens); lift them so it parses the same text.
        graphqlOptions = ParserOptions.newParserOptions()
                .maxTokens(Integer.MAX_VALUE)
                .maxCharacters(Integer.MAX_VALUE)
                .maxWhitespaceTokens(Integer.MAX_VALUE)
                .maxRuleDepth(Integer.MAX_VALUE)
                .captureSourceLocation(true)
                .build();
        highlighter = new SchemaHighlighter();
        int mid = text.indexOf("type Table500 ");
        editAt = text.indexOf("quantity: Int", mid) + 2;
        editLine = editAt;
    }

    @Benchmark
    public Document graphqlJavaParse() {
        return new Parser()
                .parseDocument(ParserEnvironment.newParserEnvironment()
                        .document(text)
                        .parserOptions(graphqlOptions)
                        .build());
    }

    @Benchmark
    public Analysis pilothouseParseAndValidate() {
        return SchemaAnalyzer.analyze(snapshot);
    }

    /** A one-character edit makes a new snapshot; the editor re-highlights the edited line. */
    @Benchmark
    public TokenSpans rehighlightAfterEdit() {
        String edited = text.substring(0, editAt) + "x" + text.substring(editAt);
        DocumentSnapshot next = new DocumentSnapshot("bench.graphql", ++version, edited);
        return highlighter.highlight(next, editLine, editLine + 1);
    }
}
