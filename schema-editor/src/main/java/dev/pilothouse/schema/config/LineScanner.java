package dev.pilothouse.schema.config;

import dev.pilothouse.schema.highlight.TokenKind;
import dev.pilothouse.schema.highlight.TokenSpans;

/** Scans YAML one line at a time for {@link ConfigHighlighter}; spans outside [from, to) are dropped. */
final class LineScanner {

    private final String text;
    private final int from;
    private final int to;
    private final TokenSpans.Builder out;
    /** Indent of the line that opened a block scalar ({@code |} or {@code >}), or -1 when none is open. */
    private int blockIndent = -1;

    private int lineEnd;

    LineScanner(String text, int from, int to, TokenSpans.Builder out) {
        this.text = text;
        this.from = from;
        this.to = to;
        this.out = out;
    }

    void line(int start, int end) {
        lineEnd = end;
        int i = start;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\ufeff')) {
            i++;
        }
        int indent = i - start;
        if (blockIndent >= 0) {
            if (i == end || indent > blockIndent) {
                emit(i, end, TokenKind.STRING);
                return;
            }
            blockIndent = -1;
        }
        if (i == end) {
            return;
        }
        if (indent == 0 && (text.startsWith("---", i) || text.startsWith("...", i))) {
            emit(i, i + 3, TokenKind.PUNCTUATION);
            i = skipSpaces(i + 3);
        }
        while (i < end && text.charAt(i) == '-' && (i + 1 == end || text.charAt(i + 1) == ' ')) {
            emit(i, i + 1, TokenKind.PUNCTUATION);
            i = skipSpaces(i + 1);
        }
        i = key(i);
        value(i, indent);
    }

    /** A {@code key:} at {@code i}, if there is one; returns where its value starts. */
    private int key(int i) {
        int keyEnd = -1;
        if (i < lineEnd && (text.charAt(i) == '"' || text.charAt(i) == '\'')) {
            int close = closingQuote(i);
            if (close < lineEnd && text.startsWith(":", close) && endsIndicator(close + 1)) {
                keyEnd = close;
            }
        } else {
            for (int k = i; k < lineEnd; k++) {
                char c = text.charAt(k);
                if (c == '#' && k > i && text.charAt(k - 1) == ' ') {
                    break;
                }
                if (c == ':' && endsIndicator(k + 1)) {
                    keyEnd = k;
                    break;
                }
            }
        }
        if (keyEnd < 0 || i == lineEnd || "[{&*!|>".indexOf(text.charAt(i)) >= 0) {
            return i;
        }
        emit(i, keyEnd, TokenKind.PROPERTY);
        emit(keyEnd, keyEnd + 1, TokenKind.PUNCTUATION);
        return skipSpaces(keyEnd + 1);
    }

    private void value(int start, int indent) {
        int i = start;
        while (i < lineEnd) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '#') {
                emit(i, lineEnd, TokenKind.COMMENT);
                return;
            } else if (c == '"' || c == '\'') {
                int close = Math.min(lineEnd, closingQuote(i) + 1);
                emit(i, close, TokenKind.STRING);
                i = close;
            } else if ((c == '|' || c == '>') && i == start) {
                emit(i, i + 1, TokenKind.OPERATOR);
                blockIndent = indent;
                i++;
            } else if (c == '&' || c == '*' || c == '!') {
                int e = plainEnd(i, true);
                emit(i, e, c == '!' ? TokenKind.TYPE_NAME : TokenKind.IDENTIFIER);
                i = e;
            } else if ("[]{},:-".indexOf(c) >= 0) {
                emit(i, i + 1, TokenKind.PUNCTUATION);
                i++;
            } else {
                int e = plainEnd(i, false);
                String plain = text.substring(i, e).strip();
                boolean isKey = e < lineEnd && text.charAt(e) == ':';
                emit(i, i + plain.length(), isKey ? TokenKind.PROPERTY : ConfigHighlighter.scalarKind(plain));
                i = Math.max(e, i + 1);
            }
        }
    }

    /** End of a plain scalar: a comment, or in flow context a flow indicator or a `: `. */
    private int plainEnd(int i, boolean word) {
        int k = i;
        while (k < lineEnd) {
            char c = text.charAt(k);
            if (c == '#' && k > i && text.charAt(k - 1) == ' ' || word && c == ' ') {
                break;
            }
            if (c == ',' || c == ']' || c == '}' || c == '[' || c == '{') {
                break;
            }
            if (c == ':' && endsIndicator(k + 1)) {
                break;
            }
            k++;
        }
        while (k > i && text.charAt(k - 1) == ' ') {
            k--;
        }
        return k;
    }

    private boolean endsIndicator(int k) {
        return k >= lineEnd
                || text.charAt(k) == ' '
                || text.charAt(k) == '\t'
                || text.charAt(k) == ','
                || text.charAt(k) == '}'
                || text.charAt(k) == ']';
    }

    private int closingQuote(int open) {
        char q = text.charAt(open);
        int k = open + 1;
        while (k < lineEnd) {
            char c = text.charAt(k);
            if (q == '"' && c == '\\') {
                k += 2;
                continue;
            }
            if (c == q) {
                if (q == '\'' && k + 1 < lineEnd && text.charAt(k + 1) == '\'') {
                    k += 2;
                    continue;
                }
                return k;
            }
            k++;
        }
        return lineEnd;
    }

    private int skipSpaces(int i) {
        int k = i;
        while (k < lineEnd && text.charAt(k) == ' ') {
            k++;
        }
        return k;
    }

    private void emit(int start, int end, TokenKind kind) {
        int s = Math.max(start, from);
        int e = Math.min(end, to);
        if (e > s) {
            out.add(s, e - s, kind);
        }
    }
}
