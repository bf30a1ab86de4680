package dev.pilothouse.visualizer.svg;

import java.util.List;
import java.util.Locale;

/** Minimal SVG text building: escaping, numbers without noise, class lists. */
final class SvgWriter {

    private final StringBuilder out = new StringBuilder(8192);

    SvgWriter raw(String text) {
        out.append(text);
        return this;
    }

    SvgWriter text(String text) {
        out.append(escape(text));
        return this;
    }

    SvgWriter attr(String name, String value) {
        out.append(' ').append(name).append("=\"").append(escape(value)).append('"');
        return this;
    }

    SvgWriter attr(String name, double value) {
        out.append(' ').append(name).append("=\"").append(num(value)).append('"');
        return this;
    }

    static String classes(String first, List<String> rest) {
        StringBuilder b = new StringBuilder(first);
        rest.forEach(c -> b.append(' ').append(c));
        return b.toString();
    }

    static String num(double v) {
        if (v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
