package dev.pilothouse.schema.js;

import dev.pilothouse.schema.text.TextRange;

/** A field of a class body, e.g. {@code static loadAsInstance = false}; {@code value} is the initializer text. */
public record ClassField(String name, TextRange range, boolean isStatic, String value) {}
