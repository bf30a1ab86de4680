package dev.pilothouse.schema.internal.parser;

import dev.pilothouse.schema.ast.Document;
import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.schema.diagnostic.Severity;
import dev.pilothouse.schema.graphql.ParseLimits;
import dev.pilothouse.schema.graphql.ParsedSchema;
import dev.pilothouse.schema.text.LineMap;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Lex, check limits, parse (fast SLL first, full LL with recovery only when the file has errors), convert.
 */
public final class GraphqlParsing {

    private GraphqlParsing() {}

    public static ParsedSchema parse(String text, ParseLimits limits) {
        LineMap lines = LineMap.of(text);
        List<Diagnostic> diagnostics = new ArrayList<>();
        int nul = text.substring(0, Math.min(text.length(), 8192)).indexOf('\u0000');
        if (nul >= 0) {
            diagnostics.add(new Diagnostic(
                    Codes.BINARY,
                    Severity.ERROR,
                    lines.range(nul, nul + 1),
                    "This looks like a binary file (it contains NUL characters), not a GraphQL schema"));
            return new ParsedSchema(new Document(List.of(), lines.range(0, text.length())), diagnostics, lines);
        }
        SchemaLexer lexer = Lexing.lexer(text);
        lexer.removeErrorListeners();
        Document empty = new Document(List.of(), lines.range(0, text.length()));
        List<Token> all = new ArrayList<>(Math.max(16, text.length() / 4));
        Token limitHit = Lexing.lexWithin(lexer, all, limits.maxTokens());
        if (limitHit != null) {
            diagnostics.add(new Diagnostic(
                    Codes.TOKEN_LIMIT,
                    Severity.ERROR,
                    lines.range(limitHit.getStartIndex(), limitHit.getStopIndex() + 1),
                    "File has more than " + limits.maxTokens() + " tokens; it was not analysed further"));
            return new ParsedSchema(empty, diagnostics, lines);
        }
        Lexing.reportLexicalErrors(all, lines, diagnostics, limits.maxSyntaxErrors());
        Token tooDeep = Lexing.firstTooDeep(all, limits.maxDepth());
        if (tooDeep != null) {
            diagnostics.add(new Diagnostic(
                    Codes.DEPTH_LIMIT,
                    Severity.ERROR,
                    lines.range(tooDeep.getStartIndex(), tooDeep.getStopIndex() + 1),
                    "Brackets nest deeper than " + limits.maxDepth() + " levels; the file was not analysed further"));
            return new ParsedSchema(empty, diagnostics, lines);
        }

        CommonTokenStream tokens = new CommonTokenStream(new ListTokenSource(all));
        SchemaParser parser = new SchemaParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        SchemaParser.DocumentContext tree;
        try {
            tree = parser.document();
        } catch (ParseCancellationException syntaxError) {
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new DefaultErrorStrategy());
            SyntaxErrorCollector collector = new SyntaxErrorCollector(lines, limits.maxSyntaxErrors());
            parser.addErrorListener(collector);
            tree = parser.document();
            diagnostics.addAll(collector.diagnostics());
        }
        AstBuilder builder = new AstBuilder(lines, diagnostics);
        Document document = builder.document(tree, text.length());
        diagnostics.sort(
                java.util.Comparator.comparingInt((Diagnostic d) -> d.range().start())
                        .thenComparing(Diagnostic::code));
        return new ParsedSchema(document, diagnostics, lines);
    }
}
