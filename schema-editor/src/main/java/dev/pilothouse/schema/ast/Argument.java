package dev.pilothouse.schema.ast;

import dev.pilothouse.schema.text.TextRange;

/** {@code name: value} in a directive application or an object value. */
public record Argument(Name name, Value value, TextRange range) {}
