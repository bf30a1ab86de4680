package dev.pilothouse.schema.internal.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.schema.graphql.SchemaSyntax;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/**
 * Our syntax verdict against graphql-java 26.0's parser, on the corpus and on token-level mutations of it.
 * Where we deliberately differ, {@link Deliberate} says why; every other disagreement fails the test.
 */
class DifferentialTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final int MUTATIONS = 1_500;
    private static final ParserOptions OPTIONS = ParserOptions.newParserOptions()
            .maxTokens(Integer.MAX_VALUE)
            .maxCharacters(Integer.MAX_VALUE)
            .maxWhitespaceTokens(Integer.MAX_VALUE)
            .maxRuleDepth(Integer.MAX_VALUE)
            .build();

    static boolean oursAccepts(String text) {
        return SchemaSyntax.parse(text).diagnostics().stream()
                .filter(Diagnostic::isError)
                .noneMatch(d -> d.code().startsWith("PH1") || d.code().startsWith("PH9"));
    }

    /** graphql-java's parse of the text, or null when it rejects it. */
    static graphql.language.Document graphqlJava(String text) {
        try {
            return new Parser()
                    .parseDocument(ParserEnvironment.newParserEnvironment()
                            .document(text)
                            .parserOptions(OPTIONS)
                            .build());
        } catch (InvalidSyntaxException | graphql.AssertException rejected) {
            return null;
        } catch (RuntimeException other) {
            return null; // e.g. its own limits; still a rejection of the text
        }
    }

    private static List<Path> corpus() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("valid", "invalid")) {
            try (Stream<Path> s = Files.list(CORPUS.resolve(dir))) {
                s.filter(p -> p.toString().endsWith(".graphql")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    @Test
    void corpusVerdictsAgreeWithGraphqlJava() throws IOException {
        List<String> disagreements = new ArrayList<>();
        for (Path file : corpus()) {
            String text = Files.readString(file);
            if (file.getFileName().toString().contains("deep-list-nesting")) {
                continue; // graphql-java overflows its stack here; ours refuses with PH901 (SchemaSyntaxTest)
            }
            boolean ours = oursAccepts(text);
            graphql.language.Document theirs = graphqlJava(text);
            if (ours != (theirs != null) && !Deliberate.explains(text, ours, theirs)) {
                disagreements.add(file + ": ours " + (ours ? "accepts" : "rejects"));
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void mutatedCorpusVerdictsAgreeWithGraphqlJava() throws IOException {
        List<String> seeds = new ArrayList<>();
        for (Path file : corpus()) {
            if (file.toString().contains("/valid/")) {
                seeds.add(Files.readString(file));
            }
        }
        Random random = new Random(20261122);
        List<String> disagreements = new ArrayList<>();
        int agreedRejections = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            String seed = seeds.get(random.nextInt(seeds.size()));
            String mutant = mutate(seed, random);
            boolean ours = oursAccepts(mutant);
            graphql.language.Document parsed = graphqlJava(mutant);
            boolean theirs = parsed != null;
            if (ours != theirs && !Deliberate.explains(mutant, ours, parsed)) {
                disagreements.add("mutation " + i + ": ours " + (ours ? "accepts" : "rejects") + "\n" + mutant);
            }
            agreedRejections += !ours && !theirs ? 1 : 0;
        }
        assertThat(disagreements)
                .as("first disagreement:\n%s", disagreements.isEmpty() ? "" : disagreements.get(0))
                .isEmpty();
        assertThat(agreedRejections).as("mutations must actually break files").isGreaterThan(MUTATIONS / 3);
    }

    /** Deletes, duplicates or swaps one default-channel token. */
    static String mutate(String text, Random random) {
        SchemaLexer lexer = Lexing.lexer(text);
        lexer.removeErrorListeners();
        List<Token> tokens = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                tokens.add(t);
            }
        }
        Token a = tokens.get(random.nextInt(tokens.size()));
        String at = a.getText();
        int start = a.getStartIndex();
        int end = a.getStopIndex() + 1;
        return switch (random.nextInt(3)) {
            case 0 -> text.substring(0, start) + text.substring(end);
            case 1 -> text.substring(0, end) + " " + at + text.substring(end);
            default -> {
                Token b = tokens.get(Math.min(tokens.size() - 1, tokens.indexOf(a) + 1));
                if (b == a) {
                    yield text.substring(0, start) + text.substring(end);
                }
                yield text.substring(0, start)
                        + b.getText()
                        + text.substring(end, b.getStartIndex())
                        + at
                        + text.substring(b.getStopIndex() + 1);
            }
        };
    }
}
