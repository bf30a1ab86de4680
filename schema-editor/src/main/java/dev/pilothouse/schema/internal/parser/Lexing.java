package dev.pilothouse.schema.internal.parser;

import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.schema.diagnostic.Severity;
import dev.pilothouse.schema.text.LineMap;
import java.util.List;
import org.antlr.v4.runtime.ANTLRInputStream;
import org.antlr.v4.runtime.Token;

/** Lexer setup and the checks that run on the token stream before parsing. */
final class Lexing {

    private Lexing() {}

    /** A lexer over UTF-16 units, so token offsets equal Java string indexes. */
    @SuppressWarnings("deprecation")
    static SchemaLexer lexer(String text) {
        return new SchemaLexer(new ANTLRInputStream(text));
    }

    /** Lexes into {@code out}; returns the first token past the limit, or null when the file fits. */
    static Token lexWithin(SchemaLexer lexer, List<Token> out, int maxTokens) {
        while (true) {
            Token t = lexer.nextToken();
            out.add(t);
            if (t.getType() == Token.EOF) {
                return null;
            }
            if (out.size() > maxTokens) {
                return t;
            }
        }
    }

    static void reportLexicalErrors(List<Token> tokens, LineMap lines, List<Diagnostic> out, int max) {
        int reported = 0;
        for (Token t : tokens) {
            boolean error = t.getType() == SchemaLexer.ERROR_CHAR
                    || t.getType() == SchemaLexer.UNTERMINATED_STRING
                    || t.getType() == SchemaLexer.UNTERMINATED_BLOCK_STRING;
            if (error && ++reported > max) {
                out.add(new Diagnostic(
                        Codes.UNEXPECTED_CHARACTER,
                        Severity.INFO,
                        lines.range(t.getStartIndex(), t.getStartIndex()),
                        "Further lexical errors are not reported (limit " + max + ")"));
                return;
            }
            switch (t.getType()) {
                case SchemaLexer.ERROR_CHAR ->
                    out.add(diagnostic(
                            Codes.UNEXPECTED_CHARACTER, t, lines, "Unexpected character " + describeChar(t.getText())));
                case SchemaLexer.UNTERMINATED_STRING ->
                    out.add(diagnostic(
                            Codes.UNTERMINATED_STRING,
                            t,
                            lines,
                            "Unterminated string: add a closing \" before the end of the line"));
                case SchemaLexer.UNTERMINATED_BLOCK_STRING ->
                    out.add(new Diagnostic(
                            Codes.UNTERMINATED_BLOCK_STRING,
                            Severity.ERROR,
                            lines.range(t.getStartIndex(), t.getStartIndex() + 3),
                            "Unterminated block string: the \"\"\" opened here is never closed"));
                default -> {}
            }
        }
    }

    /** The first opening bracket that exceeds the nesting limit, or null. */
    static Token firstTooDeep(List<Token> tokens, int maxDepth) {
        int depth = 0;
        for (Token t : tokens) {
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            switch (t.getType()) {
                case SchemaLexer.LBRACE, SchemaLexer.LBRACK, SchemaLexer.LPAREN -> {
                    if (++depth > maxDepth) {
                        return t;
                    }
                }
                case SchemaLexer.RBRACE, SchemaLexer.RBRACK, SchemaLexer.RPAREN -> depth = Math.max(0, depth - 1);
                default -> {}
            }
        }
        return null;
    }

    private static Diagnostic diagnostic(String code, Token t, LineMap lines, String message) {
        return new Diagnostic(code, Severity.ERROR, lines.range(t.getStartIndex(), t.getStopIndex() + 1), message);
    }

    private static String describeChar(String text) {
        int cp = text.codePointAt(0);
        if (cp < 0x20 || cp == 0x7F || Character.isWhitespace(cp) || Character.isISOControl(cp)) {
            return String.format("U+%04X", cp);
        }
        return "'" + text + "' (U+" + String.format("%04X", cp) + ")";
    }
}
