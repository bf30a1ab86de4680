package dev.pilothouse.desktop.viewmodel;

import dev.pilothouse.schema.FileKind;

/**
 * What Enter inserts: a line break, the current line's leading whitespace, and one indent level more after a line
 * that opens a block ({@code {} in schema.graphql and resources.js, {@code :} in config.yaml). Pure.
 */
public final class AutoIndent {

    /** One indent level where the line's own indentation does not say (the app files use two spaces). */
    static final String LEVEL = "  ";

    private AutoIndent() {}

    /** The text to insert for Enter at {@code caret} of {@code text}. */
    public static String lineBreak(String text, int caret, FileKind kind) {
        int at = Math.max(0, Math.min(caret, text.length()));
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        String before = text.substring(lineStart, at);
        int indentEnd = 0;
        while (indentEnd < before.length() && (before.charAt(indentEnd) == ' ' || before.charAt(indentEnd) == '\t')) {
            indentEnd++;
        }
        String indent = before.substring(0, indentEnd);
        return "\n" + indent + (opensBlock(before.strip(), kind) ? levelLike(indent) : "");
    }

    private static boolean opensBlock(String line, FileKind kind) {
        return switch (kind) {
            case SCHEMA, RESOURCES -> line.endsWith("{");
            case CONFIG -> !line.startsWith("#") && line.endsWith(":");
        };
    }

    /** A tab when the line is indented with tabs, else {@link #LEVEL}. */
    private static String levelLike(String indent) {
        return indent.startsWith("\t") ? "\t" : LEVEL;
    }
}
