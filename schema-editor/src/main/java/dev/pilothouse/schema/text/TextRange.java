package dev.pilothouse.schema.text;

/**
 * A span of a document: offsets are 0-based UTF-16 indexes (end exclusive); lines and columns are 1-based,
 * end column exclusive, as editors and the CLI report them.
 */
public record TextRange(int start, int end, int startLine, int startColumn, int endLine, int endColumn) {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + "," + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset <= end;
    }
}
