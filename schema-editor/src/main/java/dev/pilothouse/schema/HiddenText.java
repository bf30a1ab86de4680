package dev.pilothouse.schema;

import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.schema.diagnostic.Severity;
import dev.pilothouse.schema.text.HiddenCharacters;
import dev.pilothouse.schema.text.LineMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * PH902: characters that change how a line looks without being seen ({@link HiddenCharacters}: bidirectional
 * overrides and isolates, zero-width characters, terminal control codes). In any of the app's files they let a
 * change read differently in a review than it runs, so each one is reported, once per line, where it stands.
 */
final class HiddenText {

    static final String CODE = "PH902";

    private HiddenText() {}

    static List<Diagnostic> check(DocumentSnapshot snapshot) {
        String text = snapshot.text();
        List<Diagnostic> found = new ArrayList<>();
        LineMap lines = null;
        int lastLine = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!HiddenCharacters.hiddenAt(text, i)) {
                continue;
            }
            lines = lines == null ? LineMap.of(text) : lines;
            int line = lines.line(i);
            if (line == lastLine) {
                continue;
            }
            lastLine = line;
            found.add(new Diagnostic(
                    CODE,
                    Severity.WARNING,
                    lines.range(i, i + 1),
                    String.format(
                            Locale.ROOT,
                            "hidden character U+%04X (%s): it changes how this line reads on screen without being seen;"
                                    + " a reviewer may not see what the line does",
                            (int) c,
                            HiddenCharacters.name(c))));
        }
        return found;
    }
}
