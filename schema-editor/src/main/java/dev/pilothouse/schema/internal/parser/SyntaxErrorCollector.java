package dev.pilothouse.schema.internal.parser;

import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.schema.diagnostic.Severity;
import dev.pilothouse.schema.text.LineMap;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Turns the parser's recovered errors into PH100 diagnostics with messages a schema author can act on. */
final class SyntaxErrorCollector extends BaseErrorListener {

    private final LineMap lines;
    private final int max;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private int lastOffset = -1;

    SyntaxErrorCollector(LineMap lines, int max) {
        this.lines = lines;
        this.max = max;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    @Override
    public void syntaxError(
            Recognizer<?, ?> recognizer,
            Object offendingSymbol,
            int line,
            int column,
            String msg,
            RecognitionException e) {
        if (!(offendingSymbol instanceof Token token) || diagnostics.size() >= max) {
            return;
        }
        int start = token.getType() == Token.EOF ? token.getStartIndex() : token.getStartIndex();
        int end = token.getType() == Token.EOF ? start : token.getStopIndex() + 1;
        if (token.getType() == Token.EOF && afterUnterminatedBlock(recognizer)) {
            return; // an unclosed block string swallowed the rest; PH102 already says so
        }
        if (start == lastOffset) {
            return; // recovery can report the same spot twice; once is enough
        }
        lastOffset = start;
        String found = TokenNames.describe(token);
        String message;
        if (msg.startsWith("missing ")) {
            message = "Missing " + TokenNames.expected(expectedOf(recognizer, e)) + " before " + found;
        } else {
            String expected = TokenNames.expected(expectedOf(recognizer, e));
            message = expected.isEmpty() ? "Unexpected " + found : "Expected " + expected + ", found " + found;
        }
        diagnostics.add(new Diagnostic(Codes.SYNTAX, Severity.ERROR, lines.range(start, end), message));
        if (diagnostics.size() == max) {
            diagnostics.add(new Diagnostic(
                    Codes.SYNTAX,
                    Severity.INFO,
                    lines.range(start, end),
                    "Further syntax errors are not reported (limit " + max + ")"));
        }
    }

    private static boolean afterUnterminatedBlock(Recognizer<?, ?> recognizer) {
        if (!(recognizer instanceof Parser p)) {
            return false;
        }
        var stream = p.getInputStream();
        for (int i = stream.size() - 1; i >= 0; i--) {
            Token t = stream.get(i);
            if (t.getType() != Token.EOF && t.getChannel() == Token.DEFAULT_CHANNEL) {
                return t.getType() == SchemaLexer.UNTERMINATED_BLOCK_STRING;
            }
        }
        return false;
    }

    private static IntervalSet expectedOf(Recognizer<?, ?> recognizer, RecognitionException e) {
        if (e != null && e.getExpectedTokens() != null) {
            return e.getExpectedTokens();
        }
        return recognizer instanceof Parser p ? p.getExpectedTokens() : new IntervalSet();
    }
}
