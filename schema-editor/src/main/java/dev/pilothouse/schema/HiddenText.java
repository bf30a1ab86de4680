package dev.pilothouse.schema;

import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.schema.diagnostic.Severity;
import dev.pilothouse.schema.text.LineMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * PH902: characters that change how a line looks without being seen: bidirectional overrides and isolates (they
 * reorder the rest of the line on screen, the "Trojan Source" trick), zero-width characters, and terminal control
 * codes. In any of the app's files they let a change read differently in a review than it runs, so each one is
 * reported, once per line, where it stands.
 */
final class HiddenText {

    static final String CODE = "PH902";

    private HiddenText() {
    }

    static List<Diagnostic> check(DocumentSnapshot snapshot) {
        String text = snapshot.text();
        List<Diagnostic> found = new ArrayList<>();
        LineMap lines = null;
        int lastLine = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String name = i == 0 && c == '\ufeff' ? null : name(c); // a byte order mark opens many files
            if (name == null) {
                continue;
            }
            lines = lines == null ? LineMap.of(text) : lines;
            int line = lines.line(i);
            if (line == lastLine) {
                continue;
            }
            lastLine = line;
            found.add(new Diagnostic(CODE, Severity.WARNING, lines.range(i, i + 1), String.format(Locale.ROOT,
                    "hidden character U+%04X (%s): it changes how this line reads on screen without being seen;"
                            + " a reviewer may not see what the line does", (int) c, name)));
        }
        return found;
    }

    /** The character's name when it is one to report, else null. */
    private static String name(char c) {
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
}
