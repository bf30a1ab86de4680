package dev.pilothouse.schema.format;

import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.schema.diagnostic.TextEdit;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of formatting one text. When the formatter refuses ({@link #refused()}), {@code text} is the input
 * unchanged, {@code reason} says why and {@code blocker} is the first syntax error when that is the cause.
 */
public record FormatResult(String original, String text, String reason, Diagnostic blocker) {

    public FormatResult {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(text, "text");
    }

    static FormatResult formatted(String original, String text) {
        return new FormatResult(original, text, null, null);
    }

    static FormatResult refused(String original, String reason, Diagnostic blocker) {
        return new FormatResult(original, original, reason, blocker);
    }

    public boolean refused() {
        return reason != null;
    }

    public boolean changed() {
        return !original.equals(text);
    }

    /** One edit replacing the part that differs (common prefix and suffix kept), or none. */
    public List<TextEdit> edits() {
        if (!changed()) {
            return List.of();
        }
        int prefix = 0;
        int max = Math.min(original.length(), text.length());
        while (prefix < max && original.charAt(prefix) == text.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && original.charAt(original.length() - 1 - suffix) == text.charAt(text.length() - 1 - suffix)) {
            suffix++;
        }
        return List.of(
                new TextEdit(prefix, original.length() - suffix, text.substring(prefix, text.length() - suffix)));
    }
}
