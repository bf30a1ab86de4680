package dev.pilothouse.schema.ast;

import dev.pilothouse.schema.text.TextRange;

/** An identifier as written, with where it was written. */
public record Name(String value, TextRange range) {}
