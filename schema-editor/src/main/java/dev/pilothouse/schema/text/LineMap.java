package dev.pilothouse.schema.text;

import java.util.Arrays;

/** Converts offsets to 1-based line and column numbers. Treats CRLF, LF and lone CR as line breaks. */
public final class LineMap {

    private final int[] lineStarts;
    private final int length;

    private LineMap(int[] lineStarts, int length) {
        this.lineStarts = lineStarts;
        this.length = length;
    }

    public static LineMap of(CharSequence text) {
        int[] starts = new int[16];
        int count = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                i++;
            } else if (c != '\n' && c != '\r') {
                continue;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        return new LineMap(Arrays.copyOf(starts, count), n);
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** 1-based line of an offset (clamped to the document). */
    public int line(int offset) {
        int o = Math.max(0, Math.min(offset, length));
        int idx = Arrays.binarySearch(lineStarts, o);
        return (idx >= 0 ? idx : -idx - 2) + 1;
    }

    /** 1-based column of an offset (clamped to the document). */
    public int column(int offset) {
        int o = Math.max(0, Math.min(offset, length));
        return o - lineStarts[line(o) - 1] + 1;
    }

    /** Offset of the first character of a 1-based line. */
    public int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)];
    }

    /** Offset of a 1-based line and column, clamped to the document. */
    public int offset(int line, int column) {
        return Math.min(length, lineStart(line) + Math.max(0, column - 1));
    }

    public TextRange range(int start, int end) {
        int s = Math.max(0, Math.min(start, length));
        int e = Math.max(s, Math.min(end, length));
        return new TextRange(s, e, line(s), column(s), line(e), column(e));
    }
}
