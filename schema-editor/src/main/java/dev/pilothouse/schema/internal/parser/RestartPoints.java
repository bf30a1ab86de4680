package dev.pilothouse.schema.internal.parser;

import java.util.Arrays;

/**
 * Where lexing may restart in a text: any line start that is not inside a block string. Block strings are the only
 * tokens that span lines (strings and comments end at the line end), so this index of block-string ranges, found
 * by one fast scan that mirrors the lexer's string and comment rules, is all a range re-lex needs.
 */
public final class RestartPoints {

    private static final RestartPoints[] RECENT = new RestartPoints[4];
    private static int nextSlot;

    private final String text;
    private final int[] starts;
    private final int[] ends;

    private RestartPoints(String text, int[] starts, int[] ends) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    /** The index of a text; the last few texts are remembered (by identity) so a burst of range calls scans once. */
    public static RestartPoints of(String text) {
        synchronized (RECENT) {
            for (RestartPoints p : RECENT) {
                if (p != null && p.text == text) {
                    return p;
                }
            }
        }
        RestartPoints fresh = scan(text);
        synchronized (RECENT) {
            RECENT[nextSlot] = fresh;
            nextSlot = (nextSlot + 1) % RECENT.length;
        }
        return fresh;
    }

    /** The nearest restart point at or before {@code offset}. */
    public int safeStart(int offset) {
        int s = lineStart(Math.max(0, Math.min(offset, text.length())));
        int b;
        while ((b = blockAround(s)) >= 0) {
            s = lineStart(starts[b]);
        }
        return s;
    }

    /** The nearest restart point after the line holding {@code offset - 1} (or the text end). */
    public int safeEnd(int offset) {
        int e = nextLineStart(Math.max(0, Math.min(offset, text.length()) - 1));
        int b;
        while ((b = blockAround(e)) >= 0) {
            e = nextLineStart(ends[b] - 1);
        }
        return e;
    }

    /** Index of the block string strictly around {@code pos}, or -1. */
    private int blockAround(int pos) {
        int i = Arrays.binarySearch(starts, pos);
        int idx = i >= 0 ? i - 1 : -i - 2;
        return idx >= 0 && starts[idx] < pos && pos < ends[idx] ? idx : -1;
    }

    private int lineStart(int pos) {
        int p = pos;
        while (p > 0) {
            char c = text.charAt(p - 1);
            if (c == '\n' || c == '\r') {
                break;
            }
            p--;
        }
        return p;
    }

    private int nextLineStart(int pos) {
        int n = text.length();
        for (int p = Math.max(0, pos); p < n; p++) {
            char c = text.charAt(p);
            if (c == '\n') {
                return p + 1;
            }
            if (c == '\r') {
                return p + 1 < n && text.charAt(p + 1) == '\n' ? p + 2 : p + 1;
            }
        }
        return n;
    }

    // indexOf is vectorised: jumping between quotes and hashes keeps a 20,000-line scan well under a millisecond.
    private static RestartPoints scan(String text) {
        int n = text.length();
        int[] s = new int[16];
        int[] e = new int[16];
        int count = 0;
        int i = 0;
        int quote = text.indexOf('"');
        int hash = text.indexOf('#');
        while (i < n) {
            if (quote >= 0 && quote < i) {
                quote = text.indexOf('"', i);
            }
            if (hash >= 0 && hash < i) {
                hash = text.indexOf('#', i);
            }
            if (quote < 0 && hash < 0) {
                break;
            }
            if (hash >= 0 && (quote < 0 || hash < quote)) {
                i = lineEnd(text, hash);
            } else if (quote + 2 < n && text.charAt(quote + 1) == '"' && text.charAt(quote + 2) == '"') {
                int end = blockEnd(text, quote + 3);
                if (count == s.length) {
                    s = Arrays.copyOf(s, count * 2);
                    e = Arrays.copyOf(e, count * 2);
                }
                s[count] = quote;
                e[count++] = end;
                i = end;
            } else {
                i = stringEnd(text, quote + 1);
            }
        }
        return new RestartPoints(text, Arrays.copyOf(s, count), Arrays.copyOf(e, count));
    }

    private static int lineEnd(String text, int from) {
        int p = from;
        while (p < text.length() && text.charAt(p) != '\n' && text.charAt(p) != '\r') {
            p++;
        }
        return p;
    }

    /** Mirrors STRING / UNTERMINATED_STRING: ends after the closing quote, or before a line break or bad escape. */
    private static int stringEnd(String text, int from) {
        int p = from;
        int n = text.length();
        while (p < n) {
            char c = text.charAt(p);
            if (c == '"') {
                return p + 1;
            }
            if (c == '\n' || c == '\r') {
                return p;
            }
            if (c == '\\') {
                if (p + 1 >= n || text.charAt(p + 1) == '\n' || text.charAt(p + 1) == '\r') {
                    return p;
                }
                p += 2;
            } else {
                p++;
            }
        }
        return n;
    }

    /** Mirrors the lexer's block-string scan: only \""" escapes; the first other triple quote closes. */
    private static int blockEnd(String text, int from) {
        int p = from;
        int n = text.length();
        while (true) {
            int q = text.indexOf("\"\"\"", p);
            if (q < 0) {
                return n;
            }
            if (q - 1 >= p && text.charAt(q - 1) == '\\') {
                p = q + 3;
            } else {
                return q + 3;
            }
        }
    }
}
