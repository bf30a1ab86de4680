package dev.pilothouse.schema.ast;

import dev.pilothouse.schema.text.TextRange;

/** An operation or fragment. Harper's schema loader parses and ignores these; only the range is kept. */
public record ExecutableDefinition(String kind, TextRange range) implements Definition {}
