package dev.pilothouse.schema.js;

import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.highlight.TokenKind;
import dev.pilothouse.schema.highlight.TokenSpans;
import java.util.List;
import java.util.Set;

/**
 * Highlighting for resources.js as a pure function of the snapshot and a range. The whole file is lexed because a
 * template literal or block comment may open far above the range; spans are clipped to the range.
 */
public final class ResourcesHighlighter {

    private static final Set<String> CONTEXTUAL =
            Set.of("static", "async", "let", "get", "set", "of", "as", "from", "accessor");
    private static final Set<String> OPERATOR_WORDS = Set.of("await", "yield");
    private static final Set<String> PUNCTUATION = Set.of("{", "}", "(", ")", "[", "]", ";", ",", ".", "?.", ":");

    public TokenSpans highlight(DocumentSnapshot snapshot, int start, int end) {
        String text = snapshot.text();
        int from = Math.max(0, Math.min(start, text.length()));
        int to = Math.max(from, Math.min(end, text.length()));
        List<JsToken> tokens = JsLexer.lex(text).tokens();
        TokenSpans.Builder out = new TokenSpans.Builder(from);
        JsToken prev = null;
        for (int i = 0; i < tokens.size(); i++) {
            JsToken t = tokens.get(i);
            if (t.end() > from && t.start() < to) {
                int s = Math.max(t.start(), from);
                out.add(s, Math.min(t.end(), to) - s, kind(t, prev, next(tokens, i)));
            }
            if (t.start() >= to) {
                break;
            }
            if (!t.type().isComment()) {
                prev = t;
            }
        }
        return out.build(snapshot.version(), to);
    }

    private static JsToken next(List<JsToken> tokens, int i) {
        for (int k = i + 1; k < tokens.size(); k++) {
            if (!tokens.get(k).type().isComment()) {
                return tokens.get(k);
            }
        }
        return null;
    }

    static TokenKind kind(JsToken t, JsToken prev, JsToken next) {
        return switch (t.type()) {
            case KEYWORD ->
                switch (t.text()) {
                    case "true", "false" -> TokenKind.BOOLEAN;
                    case "null" -> TokenKind.NULL;
                    default -> TokenKind.KEYWORD;
                };
            case IDENTIFIER -> identifier(t, prev, next);
            case PRIVATE_NAME -> TokenKind.PROPERTY;
            case STRING -> TokenKind.STRING;
            case TEMPLATE -> TokenKind.TEMPLATE;
            case NUMBER -> TokenKind.NUMBER;
            case REGEX -> TokenKind.REGEX;
            case LINE_COMMENT, BLOCK_COMMENT -> TokenKind.COMMENT;
            case PUNCTUATOR -> PUNCTUATION.contains(t.text()) ? TokenKind.PUNCTUATION : TokenKind.OPERATOR;
            case INVALID -> TokenKind.ERROR;
        };
    }

    private static TokenKind identifier(JsToken t, JsToken prev, JsToken next) {
        boolean afterDot = prev != null && (prev.is(".") || prev.is("?."));
        if (afterDot) {
            return TokenKind.PROPERTY;
        }
        if (OPERATOR_WORDS.contains(t.text())) {
            return TokenKind.KEYWORD;
        }
        boolean nameFollows = next != null
                && (next.isName()
                        || next.type() == JsTokenType.PRIVATE_NAME
                        || next.type() == JsTokenType.STRING
                        || next.is("*")
                        || next.is("{")
                        || next.is("["));
        if (CONTEXTUAL.contains(t.text()) && nameFollows) {
            return TokenKind.KEYWORD;
        }
        if (prev != null && (prev.is("class") || prev.is("extends") || prev.is("new"))) {
            return TokenKind.TYPE_NAME;
        }
        return TokenKind.IDENTIFIER;
    }
}
