package dev.pilothouse.schema.edit;

import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.diagnostic.TextEdit;
import dev.pilothouse.schema.highlight.SchemaHighlighter;
import dev.pilothouse.schema.highlight.TokenKind;
import dev.pilothouse.schema.highlight.TokenSpans;
import dev.pilothouse.schema.text.TextRange;
import java.util.TreeMap;

/**
 * The text around AST ranges: lines, comments (from the highlighter's lexer, so a {@code #} inside a string is not
 * one), the file's line ending and indentation. Decides how much to delete so that removing an element leaves no
 * orphaned comment or empty line, and nothing else is touched.
 */
final class Source {

    private final String text;
    private final TreeMap<Integer, Integer> comments = new TreeMap<>();

    Source(String text) {
        this.text = text;
        TokenSpans spans = new SchemaHighlighter().highlightAll(new DocumentSnapshot("schema.graphql", 0, text));
        for (TokenSpans.Span s : spans.spans()) {
            if (s.kind() == TokenKind.COMMENT) {
                comments.put(s.start(), s.end());
            }
        }
    }

    String text() {
        return text;
    }

    /** The file's line ending: CRLF when it uses one, else LF. */
    String nl() {
        return text.contains("\r\n") ? "\r\n" : "\n";
    }

    int lineStart(int offset) {
        int i = offset;
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    /** End of the line holding {@code offset}, before its line break. */
    int lineEnd(int offset) {
        int i = offset;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** The offset after the line break at {@code lineEnd} (or the end of the text). */
    int nextLine(int lineEnd) {
        if (lineEnd < text.length() && text.charAt(lineEnd) == '\r') {
            lineEnd++;
            return lineEnd < text.length() && text.charAt(lineEnd) == '\n' ? lineEnd + 1 : lineEnd;
        }
        return Math.min(text.length(), lineEnd + 1);
    }

    String indentOf(int offset) {
        int s = lineStart(offset);
        int i = s;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(s, i);
    }

    boolean onlySpaceBefore(int offset) {
        return text.substring(lineStart(offset), offset).isBlank();
    }

    /** Skips spaces, tabs and commas (insignificant in GraphQL) and a comment, staying on the line. */
    int trailingEnd(int offset) {
        int i = offset;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == ',')) {
            i++;
        }
        Integer comment = comments.get(i);
        return comment == null ? i : comment;
    }

    boolean blankLine(int lineStart) {
        return lineStart < text.length()
                && text.substring(lineStart, lineEnd(lineStart)).isBlank();
    }

    /**
     * The deletion that removes {@code range}: whole lines (with the comment lines directly above and a trailing
     * comment) when the element has its lines to itself, else the range and the spaces after it.
     */
    TextEdit removal(TextRange range, boolean collapseBlankLines) {
        int start = range.start();
        int after = trailingEnd(range.end());
        if (!onlySpaceBefore(start) || after != lineEnd(after)) {
            int end = range.end();
            while (end < text.length()
                    && (text.charAt(end) == ' ' || text.charAt(end) == '\t' || text.charAt(end) == ',')) {
                end++;
            }
            return new TextEdit(start, end, "");
        }
        int s = lineStart(start);
        while (s > 0) {
            int prev = lineStart(s - 1);
            int first = prev + indentOf(prev).length();
            Integer comment = comments.get(first);
            if (comment == null || comment != lineEnd(prev)) {
                break;
            }
            s = prev;
        }
        int e = nextLine(lineEnd(after));
        if (collapseBlankLines && (s == 0 || blankLine(lineStart(s - 1)))) {
            if (e < text.length() && blankLine(e)) {
                e = nextLine(lineEnd(e)); // the blank line that separated this element from the next
            } else if (s > 0 && e == text.length()) {
                s = lineStart(s - 1); // last element: drop the blank line before it instead
            }
        }
        return new TextEdit(s, e, "");
    }

    /** Removes a directive and the spaces before it; the whole line when it stood alone there. */
    TextEdit directiveRemoval(TextRange range) {
        int s = range.start();
        while (s > 0 && (text.charAt(s - 1) == ' ' || text.charAt(s - 1) == '\t')) {
            s--;
        }
        int lineStart = lineStart(range.start());
        boolean alone = s == lineStart
                && text.substring(range.end(), lineEnd(range.end())).isBlank();
        if (alone && lineStart > 0) {
            return new TextEdit(lineStart, nextLine(lineEnd(range.end())), "");
        }
        return new TextEdit(s, range.end(), "");
    }

    /** Text as a GraphQL string literal. */
    static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
