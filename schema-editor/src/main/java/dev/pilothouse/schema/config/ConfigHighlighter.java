package dev.pilothouse.schema.config;

import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.highlight.TokenKind;
import dev.pilothouse.schema.highlight.TokenSpans;
import dev.pilothouse.schema.text.LineMap;
import java.util.regex.Pattern;

/**
 * Highlighting for config.yaml as a pure function of the snapshot and a range. A small line scanner rather than
 * SnakeYAML's, because SnakeYAML's scanner stops at the first error and the editor must go on colouring. Block
 * scalars are the only multi-line state; scanning starts at the nearest top-level line above the range.
 */
public final class ConfigHighlighter {

    private static final Pattern NUMBER = Pattern.compile(
            "[-+]?(\\d[\\d_]*(\\.\\d*)?([eE][-+]?\\d+)?|\\.\\d+([eE][-+]?\\d+)?|0x[0-9a-fA-F_]+|0o[0-7_]+|\\.inf|\\.Inf|\\.nan|\\.NaN)");
    private static final Pattern BOOLEAN = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern NULL = Pattern.compile("null|Null|NULL|~");

    public TokenSpans highlight(DocumentSnapshot snapshot, int start, int end) {
        String text = snapshot.text();
        int from = Math.max(0, Math.min(start, text.length()));
        int to = Math.max(from, Math.min(end, text.length()));
        LineMap lines = LineMap.of(text);
        TokenSpans.Builder out = new TokenSpans.Builder(from);
        LineScanner scanner = new LineScanner(text, from, to, out);
        int line = contextLine(text, lines, lines.line(from));
        for (; line <= lines.lineCount(); line++) {
            int lineStart = lines.lineStart(line);
            if (lineStart >= to && line > lines.line(from)) {
                break;
            }
            int lineEnd = line < lines.lineCount() ? lines.lineStart(line + 1) : text.length();
            while (lineEnd > lineStart && (text.charAt(lineEnd - 1) == '\n' || text.charAt(lineEnd - 1) == '\r')) {
                lineEnd--;
            }
            scanner.line(lineStart, lineEnd);
        }
        return out.build(snapshot.version(), to);
    }

    /** The nearest line at or above {@code line} that starts at column 1 with content: no block scalar spans it. */
    private static int contextLine(String text, LineMap lines, int line) {
        for (int l = line; l > 1; l--) {
            int s = lines.lineStart(l);
            if (s < text.length() && !Character.isWhitespace(text.charAt(s)) && text.charAt(s) != '#') {
                return l;
            }
        }
        return 1;
    }

    static TokenKind scalarKind(String plain) {
        if (BOOLEAN.matcher(plain).matches()) {
            return TokenKind.BOOLEAN;
        }
        if (NULL.matcher(plain).matches()) {
            return TokenKind.NULL;
        }
        return NUMBER.matcher(plain).matches() ? TokenKind.NUMBER : TokenKind.STRING;
    }
}
