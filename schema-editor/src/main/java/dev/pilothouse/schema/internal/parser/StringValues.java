package dev.pilothouse.schema.internal.parser;

import java.util.ArrayList;
import java.util.List;

/** Decodes string literals as GraphQL defines them (spec §2.9.4). */
final class StringValues {

    /** The decoded text, or the offset (within the literal) of the first bad escape. */
    record Decoded(String value, int badEscapeAt) {}

    private StringValues() {}

    static Decoded quoted(String literal) {
        int end = literal.length() > 1 && literal.endsWith("\"") ? literal.length() - 1 : literal.length();
        StringBuilder out = new StringBuilder(end);
        int bad = -1;
        for (int i = 1; i < end; i++) {
            char c = literal.charAt(i);
            if (c != '\\' || i + 1 >= end) {
                out.append(c);
                continue;
            }
            char e = literal.charAt(++i);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    int consumed = unicode(literal, i + 1, end, out);
                    if (consumed < 0) {
                        bad = bad < 0 ? i - 1 : bad;
                    } else {
                        i += consumed;
                    }
                }
                default -> bad = bad < 0 ? i - 1 : bad;
            }
        }
        return new Decoded(out.toString(), bad);
    }

    /** Appends the code point of {@code XXXX} or {@code {X...}} at {@code from}; returns chars consumed or -1. */
    private static int unicode(String s, int from, int end, StringBuilder out) {
        if (from < end && s.charAt(from) == '{') {
            int close = s.indexOf('}', from);
            if (close < 0 || close >= end || close == from + 1) {
                return -1;
            }
            try {
                out.appendCodePoint(Integer.parseInt(s.substring(from + 1, close), 16));
                return close - from + 1;
            } catch (IllegalArgumentException notHex) {
                return -1;
            }
        }
        if (from + 4 > end) {
            return -1;
        }
        try {
            out.append((char) Integer.parseInt(s.substring(from, from + 4), 16));
            return 4;
        } catch (NumberFormatException notHex) {
            return -1;
        }
    }

    /** The value of a block string: escaped triple quotes restored, common indentation and blank edges removed. */
    static String block(String literal) {
        int end = literal.length() >= 6 && literal.endsWith("\"\"\"") ? literal.length() - 3 : literal.length();
        String raw = literal.substring(3, Math.max(3, end)).replace("\\\"\"\"", "\"\"\"");
        List<String> lines = new ArrayList<>(List.of(raw.split("\r\n|\n|\r", -1)));
        int common = Integer.MAX_VALUE;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            int indent = leadingWhitespace(line);
            if (indent < line.length()) {
                common = Math.min(common, indent);
            }
        }
        if (common != Integer.MAX_VALUE) {
            for (int i = 1; i < lines.size(); i++) {
                String line = lines.get(i);
                lines.set(i, line.length() >= common ? line.substring(common) : "");
            }
        }
        while (!lines.isEmpty() && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return String.join("\n", lines);
    }

    private static int leadingWhitespace(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
