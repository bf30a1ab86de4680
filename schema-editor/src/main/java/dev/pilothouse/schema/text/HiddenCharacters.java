package dev.pilothouse.schema.text;

/**
 * The one definition of a hidden character: one that changes how a line looks without being seen. Bidirectional
 * embeddings, overrides, isolates and marks (they reorder the rest of the line on screen, the "Trojan Source" trick),
 * zero-width characters, and control codes other than tab, line feed and carriage return. The language service
 * reports them (PH902) and the review's diffs show them as visible markers, both from here.
 */
public final class HiddenCharacters {

    private HiddenCharacters() {}

    /** The character's Unicode name when it is a hidden one, else null. */
    public static String name(char c) {
        return switch (c) {
            case '\u202a' -> "LEFT-TO-RIGHT EMBEDDING";
            case '\u202b' -> "RIGHT-TO-LEFT EMBEDDING";
            case '\u202c' -> "POP DIRECTIONAL FORMATTING";
            case '\u202d' -> "LEFT-TO-RIGHT OVERRIDE";
            case '\u202e' -> "RIGHT-TO-LEFT OVERRIDE";
            case '\u2066' -> "LEFT-TO-RIGHT ISOLATE";
            case '\u2067' -> "RIGHT-TO-LEFT ISOLATE";
            case '\u2068' -> "FIRST STRONG ISOLATE";
            case '\u2069' -> "POP DIRECTIONAL ISOLATE";
            case '\u200e' -> "LEFT-TO-RIGHT MARK";
            case '\u200f' -> "RIGHT-TO-LEFT MARK";
            case '\u061c' -> "ARABIC LETTER MARK";
            case '\u200b' -> "ZERO WIDTH SPACE";
            case '\u2060' -> "WORD JOINER";
            case '\ufeff' -> "ZERO WIDTH NO-BREAK SPACE";
            case '\u001b' -> "ESCAPE";
            case '\r', '\n', '\t' -> null;
            default -> c < 0x20 || c == 0x7f ? "CONTROL" : null;
        };
    }

    /**
     * Whether the character at {@code index} of a whole file's {@code text} is a hidden one: a byte order mark
     * opening the file is not (many files start with one), anywhere else it is.
     */
    public static boolean hiddenAt(CharSequence text, int index) {
        char c = text.charAt(index);
        return !(index == 0 && c == '\ufeff') && name(c) != null;
    }
}
