package dev.pilothouse.desktop.viewmodel;

import dev.pilothouse.schema.diagnostic.Diagnostic;

/** A diagnostic of one open file, as the problems panel lists it. */
public record Problem(EditorViewModel editor, Diagnostic diagnostic) {

    public String location() {
        return editor.title() + ":" + diagnostic.range().startLine() + ":" + diagnostic.range().startColumn(); // both 1-based
    }
}
