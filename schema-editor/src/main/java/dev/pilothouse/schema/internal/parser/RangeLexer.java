package dev.pilothouse.schema.internal.parser;

import dev.pilothouse.schema.internal.parser.LexToken.Kind;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Lexes part of a text with the same lexer the parser uses. The caller must start at a safe restart point
 * ({@link RestartPoints}): outside a block string, every line lexes on its own.
 */
public final class RangeLexer {

    private RangeLexer() {}

    /** Tokens of {@code text[from, to)} with document offsets; whitespace and commas are dropped, newlines kept. */
    public static List<LexToken> lex(String text, int from, int to) {
        SchemaLexer lexer = Lexing.lexer(text.substring(from, to));
        lexer.removeErrorListeners();
        List<LexToken> out = new ArrayList<>(Math.max(8, (to - from) / 4));
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            Kind kind = kindOf(t.getType());
            if (kind == null) {
                continue;
            }
            boolean withText =
                    kind == Kind.NAME || kind == Kind.PUNCT || kind == Kind.STRING || kind == Kind.UNTERMINATED_STRING;
            out.add(new LexToken(
                    kind, t.getStartIndex() + from, t.getStopIndex() + 1 + from, withText ? t.getText() : null));
        }
        return out;
    }

    private static Kind kindOf(int type) {
        return switch (type) {
            case SchemaLexer.BLOCK_STRING -> Kind.BLOCK_STRING;
            case SchemaLexer.STRING -> Kind.STRING;
            case SchemaLexer.UNTERMINATED_STRING -> Kind.UNTERMINATED_STRING;
            case SchemaLexer.UNTERMINATED_BLOCK_STRING, SchemaLexer.ERROR_CHAR -> Kind.ERROR;
            case SchemaLexer.INT, SchemaLexer.FLOAT -> Kind.NUMBER;
            case SchemaLexer.COMMENT -> Kind.COMMENT;
            case SchemaLexer.NEWLINE -> Kind.NEWLINE;
            case SchemaLexer.WS, SchemaLexer.COMMA, SchemaLexer.BOM -> null;
            case SchemaLexer.BANG,
                    SchemaLexer.DOLLAR,
                    SchemaLexer.AMP,
                    SchemaLexer.LPAREN,
                    SchemaLexer.RPAREN,
                    SchemaLexer.SPREAD,
                    SchemaLexer.COLON,
                    SchemaLexer.EQ,
                    SchemaLexer.AT,
                    SchemaLexer.LBRACK,
                    SchemaLexer.RBRACK,
                    SchemaLexer.LBRACE,
                    SchemaLexer.RBRACE,
                    SchemaLexer.PIPE -> Kind.PUNCT;
            default -> Kind.NAME;
        };
    }
}
