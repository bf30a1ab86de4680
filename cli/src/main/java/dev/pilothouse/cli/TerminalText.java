package dev.pilothouse.cli;

import dev.pilothouse.schema.text.HiddenCharacters;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * What the commands print reaches a terminal, and much of it was written by someone else: an agent's proposal
 * message and files, Harper's error text, audit details. Control characters and bidirectional overrides in that text
 * could move the cursor, erase or reorder lines, and hide from a reviewer exactly the line a change is about. So every
 * character that is not printable, other than line feed and tab, is shown as an escape ({@code \x1b}, {@code \r},
 * {@code \u202e}) instead of acting on the terminal.
 */
public final class TerminalText extends FilterWriter {

    private TerminalText(Writer out) {
        super(out);
    }

    /** {@code out}, printing every control character as a visible escape; autoflush like picocli's own writers. */
    public static PrintWriter writer(Writer out) {
        return new PrintWriter(new TerminalText(out), true);
    }

    public static PrintWriter writer(OutputStream out) {
        return writer(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** The text as it is printed: controls and bidirectional formatting shown, everything else as it is. */
    public static String shown(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            append(out, text.charAt(i));
        }
        return out.toString();
    }

    @Override
    public void write(int c) throws IOException {
        StringBuilder shown = new StringBuilder(6);
        append(shown, (char) c);
        out.write(shown.toString());
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        StringBuilder shown = new StringBuilder(length);
        for (int i = offset; i < offset + length; i++) {
            append(shown, chars[i]);
        }
        out.write(shown.toString());
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        write(text.toCharArray(), offset, length);
    }

    private static void append(StringBuilder out, char c) {
        if (c == '\n' || c == '\t' || !acts(c)) {
            out.append(c);
        } else if (c == '\r') {
            out.append("\\r");
        } else if (c < 0x100) {
            out.append(String.format("\\x%02x", (int) c));
        } else {
            out.append(String.format("\\u%04x", (int) c));
        }
    }

    /**
     * C0 and C1 controls and DEL (they act on a terminal), and every character the language service reports as
     * hidden (bidirectional formatting, zero-width spaces): one definition, {@link HiddenCharacters}.
     */
    private static boolean acts(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || HiddenCharacters.name(c) != null;
    }
}
