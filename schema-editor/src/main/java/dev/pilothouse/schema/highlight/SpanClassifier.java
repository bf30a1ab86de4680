package dev.pilothouse.schema.highlight;

import dev.pilothouse.schema.harper.HarperTypes;
import dev.pilothouse.schema.internal.parser.LexToken;
import dev.pilothouse.schema.internal.parser.LexToken.Kind;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Gives each token a kind from the tokens of its own line (a block string and the lines it spans count as one).
 * Line-local context is what makes range highlighting exact; it misses only rare layouts (a type keyword and its
 * name on different lines, directive arguments spread over lines without their parentheses).
 */
final class SpanClassifier {

    private static final Set<String> TYPE_KEYWORDS = Set.of("type", "interface", "union", "enum", "input", "scalar");

    record Result(int linesCapped, boolean totalCapped, int stoppedAt) {}

    private SpanClassifier() {}

    static Result classify(List<LexToken> tokens, TokenSpans.Builder out, int maxSpans, int maxPerLine) {
        int emitted = 0;
        int capped = 0;
        int i = 0;
        int n = tokens.size();
        while (i < n) {
            int j = i;
            while (j < n && tokens.get(j).kind() != Kind.NEWLINE) {
                j++;
            }
            List<LexToken> line = tokens.subList(i, j);
            TokenKind[] kinds = line(line);
            int lineCount = 0;
            for (int k = 0; k < kinds.length; k++) {
                if (kinds[k] == null) {
                    continue;
                }
                if (lineCount == maxPerLine) {
                    capped++;
                    break;
                }
                if (emitted == maxSpans) {
                    return new Result(capped, true, line.get(k).start());
                }
                LexToken t = line.get(k);
                out.add(t.start(), t.end() - t.start(), kinds[k]);
                lineCount++;
                emitted++;
            }
            i = j + 1;
        }
        return new Result(capped, false, -1);
    }

    /** Kinds for the tokens of one line, null for none. */
    private static TokenKind[] line(List<LexToken> line) {
        TokenKind[] kinds = new TokenKind[line.size()];
        int[] sig = new int[line.size()];
        int count = 0;
        for (int k = 0; k < line.size(); k++) {
            switch (line.get(k).kind()) {
                case COMMENT -> kinds[k] = TokenKind.COMMENT;
                case ERROR, UNTERMINATED_STRING -> kinds[k] = TokenKind.ERROR;
                case NEWLINE -> {}
                default -> sig[count++] = k;
            }
        }
        if (count == 0) {
            return kinds;
        }
        LexToken first = line.get(sig[0]);
        boolean directiveDef = first.is("directive");
        boolean unionDef = first.is("union")
                || first.is("extend") && count > 1 && line.get(sig[1]).is("union");
        boolean enumDef = first.is("enum")
                || first.is("extend") && count > 1 && line.get(sig[1]).is("enum");
        int unmatchedClose = lastUnmatchedClose(line, sig, count);
        Deque<Boolean> parens = new ArrayDeque<>(); // true: directive arguments (values), false: field arguments
        int braces = 0;
        TokenKind[] sk = new TokenKind[count];
        for (int j = 0; j < count; j++) {
            LexToken t = line.get(sig[j]);
            LexToken prev = j > 0 ? line.get(sig[j - 1]) : null;
            TokenKind prevKind = j > 0 ? sk[j - 1] : null;
            LexToken next = j + 1 < count ? line.get(sig[j + 1]) : null;
            TokenKind kind = switch (t.kind()) {
                case STRING -> TokenKind.STRING;
                case BLOCK_STRING -> TokenKind.BLOCK_STRING;
                case NUMBER -> TokenKind.NUMBER;
                case PUNCT -> t.is("@") ? TokenKind.DIRECTIVE : TokenKind.PUNCTUATION;
                default ->
                    name(
                            t,
                            prev,
                            prevKind,
                            next,
                            j,
                            !parens.isEmpty() && parens.peek(),
                            !parens.isEmpty() || j < unmatchedClose,
                            braces > 0,
                            directiveDef,
                            unionDef,
                            enumDef);
            };
            sk[j] = kind;
            if (t.is("(")) {
                parens.push(prevKind == TokenKind.DIRECTIVE);
            } else if (t.is(")") && !parens.isEmpty()) {
                parens.pop();
            } else if (t.is("{")) {
                braces++;
            } else if (t.is("}") && braces > 0) {
                braces--;
            }
        }
        for (int j = 0; j < count; j++) {
            kinds[sig[j]] = sk[j];
        }
        return kinds;
    }

    private static TokenKind name(
            LexToken t,
            LexToken prev,
            TokenKind prevKind,
            LexToken next,
            int j,
            boolean inDirectiveArgs,
            boolean inArgs,
            boolean inBraces,
            boolean directiveDef,
            boolean unionDef,
            boolean enumDef) {
        String text = t.text();
        boolean nextColon = next != null && next.is(":");
        if (prev != null && prev.is("@")) {
            return TokenKind.DIRECTIVE;
        }
        if (inDirectiveArgs) {
            return nextColon ? TokenKind.ARGUMENT_NAME : value(text);
        }
        if (nextColon) {
            return inArgs ? TokenKind.ARGUMENT_NAME : TokenKind.FIELD_NAME;
        }
        boolean atStart = prev == null || prev.kind() == Kind.STRING || prev.kind() == Kind.BLOCK_STRING;
        boolean afterExtend = prev != null && prevKind == TokenKind.KEYWORD && prev.is("extend");
        if ((atStart || afterExtend) && TYPE_KEYWORDS.contains(text) && (next == null || next.isName())) {
            return TokenKind.KEYWORD;
        }
        if (atStart && text.equals("extend") && next != null && next.isName()) {
            return TokenKind.KEYWORD;
        }
        if (atStart && text.equals("directive") && (next == null || next.is("@"))) {
            return TokenKind.KEYWORD;
        }
        if ((atStart || afterExtend) && text.equals("schema") && (next == null || next.is("{") || next.is("@"))) {
            return TokenKind.KEYWORD;
        }
        if (prev != null && prevKind == TokenKind.KEYWORD && TYPE_KEYWORDS.contains(prev.text())) {
            return typeName(text);
        }
        if (text.equals("implements") && prev != null && prev.isName() && !inBraces) {
            return TokenKind.KEYWORD;
        }
        if (directiveDef
                && (text.equals("repeatable") || text.equals("on"))
                && prev != null
                && (prev.is(")") || prevKind == TokenKind.DIRECTIVE || prev.is("repeatable"))) {
            return TokenKind.KEYWORD;
        }
        if (prev != null) {
            if (directiveDef && (prev.is("|") || prev.is("on"))) {
                return TokenKind.ENUM_VALUE;
            }
            if (prev.is("=")) {
                return unionDef ? typeName(text) : value(text);
            }
            if (prev.is(":")
                    || prev.is("[")
                    || prev.is("&")
                    || prev.is("|")
                    || prevKind == TokenKind.KEYWORD && prev.is("implements")) {
                return typeName(text);
            }
        }
        if (enumDef && inBraces || j == 0 && (next == null || next.is("@"))) {
            return TokenKind.ENUM_VALUE;
        }
        return TokenKind.IDENTIFIER;
    }

    private static TokenKind typeName(String text) {
        return HarperTypes.isScalar(text) ? TokenKind.BUILTIN_TYPE : TokenKind.TYPE_NAME;
    }

    private static TokenKind value(String text) {
        return switch (text) {
            case "true", "false" -> TokenKind.BOOLEAN;
            case "null" -> TokenKind.NULL;
            default -> TokenKind.ENUM_VALUE;
        };
    }

    /** Index (among significant tokens) of the last ')' that closes a '(' of an earlier line, or -1. */
    private static int lastUnmatchedClose(List<LexToken> line, int[] sig, int count) {
        int depth = 0;
        int last = -1;
        for (int j = 0; j < count; j++) {
            LexToken t = line.get(sig[j]);
            if (t.is("(")) {
                depth++;
            } else if (t.is(")")) {
                if (depth == 0) {
                    last = j;
                } else {
                    depth--;
                }
            }
        }
        return last;
    }
}
