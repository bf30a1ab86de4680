package dev.pilothouse.schema.highlight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Highlighting of a document range, computed from one document version. Spans are packed as
 * (deltaStart, length, kindOrdinal) triples, each start relative to the previous span's start (the first to
 * {@link #start()}), the encoding both editors and the golden tests read.
 */
public record TokenSpans(long version, int start, int end, int[] data) {

    private static final TokenKind[] KINDS = TokenKind.values();

    public TokenSpans {
        if (data.length % 3 != 0) {
            throw new IllegalArgumentException("span data must be triples");
        }
    }

    public int size() {
        return data.length / 3;
    }

    /** One decoded span with an absolute offset. */
    public record Span(int start, int length, TokenKind kind) {
        public int end() {
            return start + length;
        }
    }

    public List<Span> spans() {
        List<Span> out = new ArrayList<>(size());
        int pos = start;
        for (int i = 0; i < data.length; i += 3) {
            pos += data[i];
            out.add(new Span(pos, data[i + 1], KINDS[data[i + 2]]));
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TokenSpans t
                && t.version == version
                && t.start == start
                && t.end == end
                && Arrays.equals(t.data, data);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(version) * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "TokenSpans[v" + version + " " + start + ".." + end + ", " + size() + " spans]";
    }

    /** Collects spans in document order. */
    public static final class Builder {
        private final int start;
        private int[] data = new int[96];
        private int size;
        private int last;

        public Builder(int start) {
            this.start = start;
            this.last = start;
        }

        public Builder add(int spanStart, int length, TokenKind kind) {
            if (length <= 0) {
                return this;
            }
            if (spanStart < last) {
                throw new IllegalArgumentException("spans must be added in order");
            }
            if (size + 3 > data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            data[size++] = spanStart - last;
            data[size++] = length;
            data[size++] = kind.ordinal();
            last = spanStart;
            return this;
        }

        public TokenSpans build(long version, int end) {
            return new TokenSpans(version, start, end, Arrays.copyOf(data, size));
        }
    }
}
