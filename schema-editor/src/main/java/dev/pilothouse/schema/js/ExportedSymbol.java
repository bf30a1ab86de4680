package dev.pilothouse.schema.js;

import dev.pilothouse.schema.text.TextRange;

/** An exported function or variable of resources.js (exported classes are {@link ResourceClass}es). */
public record ExportedSymbol(String name, Kind kind, TextRange range) {

    public enum Kind {
        FUNCTION,
        CONST,
        LET,
        VAR,
        OTHER
    }
}
