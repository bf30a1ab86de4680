package dev.pilothouse.schema.complete;

/**
 * One completion item. {@code insertText} may hold snippet placeholders ({@code $1}); it replaces
 * {@code [replaceStart, replaceEnd)}, the partly typed word around the caret.
 */
public record Completion(
        String label,
        Kind kind,
        String insertText,
        int replaceStart,
        int replaceEnd,
        String detail,
        String documentation) {

    public enum Kind {
        TYPE,
        DIRECTIVE,
        ARGUMENT,
        FIELD,
        KEYWORD,
        VALUE
    }
}
