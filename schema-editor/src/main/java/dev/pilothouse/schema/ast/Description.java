package dev.pilothouse.schema.ast;

import dev.pilothouse.schema.text.TextRange;

/** A description string before a definition; {@code text} is the decoded value. */
public record Description(String text, boolean block, TextRange range) {}
