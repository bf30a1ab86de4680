package dev.pilothouse.schema.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.pilothouse.schema.Analysis;
import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.LanguageService;
import dev.pilothouse.schema.SchemaAnalyzer;
import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.schema.format.SchemaFormatter;
import dev.pilothouse.schema.highlight.SchemaHighlighter;
import dev.pilothouse.schema.highlight.TokenSpans;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every corpus file against its golden diagnostics, highlight spans and formatting. */
class CorpusTest {

    /**
     * A guard against hangs, far above the measured cost (see docs/benchmarks.md), not a performance target: wide
     * enough for a loaded shared 2-core machine, where a timing bound would fail for reasons not in the code.
     */
    private static final Duration BUDGET = Duration.ofMinutes(1);

    static List<Path> valid() {
        return Corpus.valid();
    }

    static List<Path> invalid() {
        return Corpus.invalid();
    }

    static List<Path> configs() {
        return Corpus.configs();
    }

    private static Analysis analyze(Path file) {
        DocumentSnapshot snapshot = new DocumentSnapshot(file.toString(), 1, Corpus.read(file));
        return assertTimeoutPreemptively(BUDGET, () -> SchemaAnalyzer.analyze(snapshot));
    }

    static String render(List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                .map(d -> d.range().startLine() + ":" + d.range().startColumn() + "-"
                        + d.range().endLine() + ":" + d.range().endColumn() + " "
                        + d.severity().label() + " " + d.code()
                        + " " + d.message() + "\n")
                .collect(Collectors.joining());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void validSchemaHasNoErrorsAndMatchesItsGoldenDiagnostics(Path file) {
        Analysis analysis = analyze(file);
        assertThat(analysis.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        assertThat(analysis.model().tables()).isNotEmpty();
        Golden.assertMatches("valid/" + Corpus.baseName(file) + ".diagnostics.txt", render(analysis.diagnostics()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void invalidSchemaReportsTheCodesItDeclares(Path file) {
        String text = Corpus.read(file);
        String header = text.lines().findFirst().orElse("");
        assertThat(header).startsWith("# expect:");
        List<String> expected = Arrays.stream(
                        header.substring("# expect:".length()).split(","))
                .map(String::trim)
                .toList();
        Analysis analysis = analyze(file);
        assertThat(analysis.diagnostics()).extracting(Diagnostic::code).containsAll(expected);
        Golden.assertMatches("invalid/" + Corpus.baseName(file) + ".diagnostics.txt", render(analysis.diagnostics()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void validSchemaHighlightsAsItsGoldenSpans(Path file) {
        String text = Corpus.read(file);
        TokenSpans spans = new SchemaHighlighter().highlightAll(new DocumentSnapshot(file.toString(), 7, text));
        assertThat(spans.version()).isEqualTo(7);
        String rendered = spans.spans().stream()
                .map(s -> "[" + s.start() + "," + s.end() + ") " + s.kind().cssClass() + " "
                        + text.substring(s.start(), Math.min(s.end(), s.start() + 30))
                                .replace("\n", "\\n") + "\n")
                .collect(Collectors.joining());
        Golden.assertMatches("valid/" + Corpus.baseName(file) + ".spans.txt", rendered);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void validSchemaFormatsToItsGoldenTextAndStaysThere(Path file) {
        String formatted = SchemaFormatter.format(Corpus.read(file));
        assertThat(SchemaFormatter.format(formatted)).isEqualTo(formatted);
        Analysis before = analyze(file);
        Analysis after = SchemaAnalyzer.analyze(new DocumentSnapshot(file.toString(), 2, formatted));
        assertThat(after.model().tables()).hasSameSizeAs(before.model().tables());
        Golden.assertMatches("valid/" + Corpus.baseName(file) + ".formatted.graphql", formatted);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void corpusConfigHasNoDiagnostics(Path file) {
        Analysis analysis = new LanguageService().analyze(new DocumentSnapshot(file.toString(), 1, Corpus.read(file)));
        assertThat(analysis.diagnostics()).as(render(analysis.diagnostics())).isEmpty();
    }
}
